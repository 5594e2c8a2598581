import type { Department } from '../../api/departments-api';

export type DepartmentNode = {
  key: string;
  value: string;
  title: string;
  department: Department;
  disabled?: boolean;
  children: DepartmentNode[];
};

const byName = (a: DepartmentNode, b: DepartmentNode) => a.title.localeCompare(b.title);

/**
 * Nests departments under their parents, sorted by name. A department whose parent is missing, or
 * that sits in a parent cycle, is shown at the top level rather than lost. The department
 * `disabledSubtree` and its descendants are disabled, so nothing can be moved under itself.
 */
export function buildDepartmentTree(
  departments: readonly Department[],
  disabledSubtree?: string,
): DepartmentNode[] {
  const ids = new Set(departments.map((department) => department.id));
  const children = new Map<string | null, Department[]>();
  for (const department of departments) {
    const parent =
      department.parentId !== null && ids.has(department.parentId) ? department.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), department]);
  }

  const placed = new Set<string>();
  const toNode = (department: Department, parentDisabled: boolean): DepartmentNode => {
    placed.add(department.id);
    const disabled = parentDisabled || department.id === disabledSubtree;
    return {
      key: department.id,
      value: department.id,
      title: department.name,
      department,
      disabled: disabled || undefined,
      children: (children.get(department.id) ?? [])
        .filter((child) => !placed.has(child.id))
        .map((child) => toNode(child, disabled))
        .sort(byName),
    };
  };

  const roots = (children.get(null) ?? []).map((department) => toNode(department, false));
  for (const department of departments) {
    if (!placed.has(department.id)) roots.push(toNode(department, false));
  }
  return roots.sort(byName);
}
