import { describe, expect, it } from 'vitest';
import type { Department } from '../../api/departments-api';
import { buildDepartmentTree } from './department-tree';
import type { DepartmentNode } from './department-tree';

const dept = (id: string, name: string, parentId: string | null = null): Department => ({
  id,
  name,
  parentId,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const shape = (nodes: DepartmentNode[]): unknown =>
  nodes.map((node) => ({
    name: node.title,
    ...(node.disabled ? { disabled: true } : {}),
    ...(node.children.length ? { children: shape(node.children) } : {}),
  }));

describe('buildDepartmentTree', () => {
  const departments = [
    dept('s', 'Sales', 'hq'),
    dept('hq', 'Head office'),
    dept('e', 'East', 's'),
    dept('n', 'North', 's'),
    dept('o', 'Orphan', 'gone'),
  ];

  it('nests children under parents, sorted by name, keeping orphans at the top', () => {
    expect(shape(buildDepartmentTree(departments))).toEqual([
      {
        name: 'Head office',
        children: [{ name: 'Sales', children: [{ name: 'East' }, { name: 'North' }] }],
      },
      { name: 'Orphan' },
    ]);
  });

  it('disables a department and its descendants', () => {
    expect(shape(buildDepartmentTree(departments, 's'))).toEqual([
      {
        name: 'Head office',
        children: [
          {
            name: 'Sales',
            disabled: true,
            children: [
              { name: 'East', disabled: true },
              { name: 'North', disabled: true },
            ],
          },
        ],
      },
      { name: 'Orphan' },
    ]);
  });

  it('shows departments caught in a parent cycle instead of losing them', () => {
    const cyclic = [dept('a', 'A', 'b'), dept('b', 'B', 'a')];
    expect(shape(buildDepartmentTree(cyclic))).toEqual([{ name: 'A', children: [{ name: 'B' }] }]);
  });
});
