import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Flex, Input, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers } from '../../api/users-api';
import type { UserListQuery, UserSort, User } from '../../api/users-api';
import { useFormat } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { useErrorText } from '../../components/use-error-reporter';
import { USERS_KEY, useDepartments, useUserDirectory } from './admin-data';
import { UserFormDialog } from './user-form-dialog';

const SORTABLE: readonly UserSort[] = ['name', 'email'];
const isSortable = (field: unknown): field is UserSort => SORTABLE.some((sort) => sort === field);

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [query, setQuery] = useState<UserListQuery>({
    page: 1,
    pageSize: 20,
    sort: 'name',
    order: 'asc',
  });
  const list = useQuery({
    queryKey: [...USERS_KEY, 'list', query],
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });
  const directory = useUserDirectory();
  const departments = useDepartments();
  const [dialog, setDialog] = useState<{ open: boolean; userId?: string }>({ open: false });
  const editing = list.data?.items.find((user) => user.id === dialog.userId);

  const names = useMemo(
    () => ({
      department: new Map(departments.data?.map((department) => [department.id, department.name])),
      user: new Map(directory.data?.map((user) => [user.id, user.name])),
    }),
    [departments.data, directory.data],
  );
  const sortOrder = (field: UserSort) =>
    query.sort === field ? (query.order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: TableProps<User>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('users.name'),
      sorter: true,
      sortOrder: sortOrder('name'),
    },
    {
      key: 'email',
      dataIndex: 'email',
      title: t('users.email'),
      sorter: true,
      sortOrder: sortOrder('email'),
    },
    {
      key: 'roles',
      title: t('users.roles'),
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role}>{t(`roles.${role}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'department',
      title: t('users.department'),
      render: (_, user) => (user.departmentId ? names.department.get(user.departmentId) : null),
    },
    {
      key: 'manager',
      title: t('users.manager'),
      render: (_, user) => (user.managerId ? names.user.get(user.managerId) : null),
    },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, user) =>
        user.active ? (
          <Badge status="success" text={t('users.active')} />
        ) : (
          <Badge status="default" text={t('users.inactive')} />
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, user) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          data-testid={`edit-user-${user.id}`}
          onClick={() => setDialog({ open: true, userId: user.id })}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  const onTableChange: TableProps<User>['onChange'] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = isSortable(single?.columnKey) && single?.order ? single.columnKey : undefined;
    setQuery((current) => ({
      ...current,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? current.pageSize,
      sort: sort ?? 'name',
      order: sort && single?.order === 'descend' ? 'desc' : 'asc',
    }));
  };

  return (
    <>
      <PageHeading
        title={t('users.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-user"
            onClick={() => setDialog({ open: true })}
          >
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Input.Search
            allowClear
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            style={{ maxWidth: 320 }}
            onSearch={(q) => setQuery((current) => ({ ...current, q: q.trim(), page: 1 }))}
          />
          {list.isError && (
            <Alert
              type="error"
              showIcon
              title={errorText(list.error)}
              action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
            />
          )}
          <Table<User>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            onChange={onTableChange}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) =>
                list.data?.totalCapped
                  ? t('users.totalCapped', { cap: format.number(total) })
                  : t('users.total', { count: total }),
            }}
          />
        </Flex>
      </Card>
      <UserFormDialog
        key={editing ? `${editing.id}@${editing.version}` : 'new'}
        open={dialog.open}
        user={dialog.userId ? editing : undefined}
        onClose={() => setDialog((current) => ({ ...current, open: false }))}
      />
    </>
  );
}
