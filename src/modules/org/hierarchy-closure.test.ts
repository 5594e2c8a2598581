import { describe, expect, it } from 'vitest';
import { closureOf, createsCycle } from './hierarchy-closure.js';

const tree = [
  { id: 'ceo', parentId: null },
  { id: 'vp', parentId: 'ceo' },
  { id: 'rep1', parentId: 'vp' },
  { id: 'rep2', parentId: 'vp' },
  { id: 'solo', parentId: null },
];

describe('closureOf', () => {
  it('lists each node with itself and with every ancestor, with depths', () => {
    const pairs = closureOf(tree);
    // 5 nodes with themselves + vp→ceo + rep1→vp,ceo + rep2→vp,ceo.
    expect(pairs).toHaveLength(5 + 1 + 2 + 2);
    expect(pairs).toContainEqual({ ancestorId: 'ceo', descendantId: 'rep1', depth: 2 });
    expect(pairs).toContainEqual({ ancestorId: 'vp', descendantId: 'rep2', depth: 1 });
    expect(pairs).toContainEqual({ ancestorId: 'solo', descendantId: 'solo', depth: 0 });
    expect(pairs).not.toContainEqual(
      expect.objectContaining({ ancestorId: 'rep1', descendantId: 'rep2' }),
    );
  });

  it('ignores a parent that is not in the list', () => {
    expect(closureOf([{ id: 'a', parentId: 'gone' }])).toEqual([
      { ancestorId: 'a', descendantId: 'a', depth: 0 },
    ]);
  });
});

describe('createsCycle', () => {
  it('refuses a node as its own parent or under its own descendant', () => {
    expect(createsCycle(tree, 'vp', 'vp')).toBe(true);
    expect(createsCycle(tree, 'ceo', 'rep1')).toBe(true);
  });

  it('accepts a move to an unrelated branch or to the top', () => {
    expect(createsCycle(tree, 'rep1', 'solo')).toBe(false);
    expect(createsCycle(tree, 'vp', null)).toBe(false);
  });
});
