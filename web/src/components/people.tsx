import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useMemo } from 'react';
import type { Role } from '../api/users-api';
import { useUserDirectory } from '../pages/admin/admin-data';

/** id → name of every user, for showing owners, actors and assignees. */
export function useUserNames(): Map<string, string> {
  const directory = useUserDirectory();
  return useMemo(
    () => new Map(directory.data?.map((user) => [user.id, user.name])),
    [directory.data],
  );
}

/** Picks an active user, optionally only those holding one of `roles`. */
export function UserSelect({
  roles,
  ...props
}: Omit<SelectProps<string>, 'options'> & { roles?: readonly Role[] }) {
  const directory = useUserDirectory();
  const options = (directory.data ?? [])
    .filter((user) => user.active && (!roles || user.roles.some((role) => roles.includes(role))))
    .map((user) => ({ value: user.id, label: user.name }));
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={directory.isPending}
      options={options}
      {...props}
    />
  );
}
