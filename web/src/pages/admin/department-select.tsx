import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useDepartments } from './admin-data';
import { buildDepartmentTree } from './department-tree';

type DepartmentSelectProps = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder: string;
  /** A department that, with its sub-departments, cannot be chosen. */
  exclude?: string;
  id?: string;
};

/** Tree picker over all departments; clearing it means "none" (null). */
export function DepartmentSelect({
  value,
  onChange,
  placeholder,
  exclude,
  id,
}: DepartmentSelectProps) {
  const departments = useDepartments();
  const treeData = useMemo(
    () => buildDepartmentTree(departments.data ?? [], exclude),
    [departments.data, exclude],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeData={treeData}
      loading={departments.isPending}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ width: '100%' }}
    />
  );
}
