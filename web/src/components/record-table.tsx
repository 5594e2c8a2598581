import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/api-client';
import { ColumnChooser, useColumnChoice } from './column-chooser';
import { ExportButton, type ExportTarget } from './export-button';
import { useFormat } from './format';
import type { ListPaging } from './url-list-state';
import { useErrorText } from './use-error-reporter';

export type RecordColumn<T> = ColumnType<T> & {
  key: string;
  title: ReactNode;
  /** Sortable by the server under this key. */
  sortKey?: string;
  /** The column chooser may hide it; it starts hidden when defaultHidden. */
  optional?: boolean;
  defaultHidden?: boolean;
  /** Left out of exports (row actions); every other column is exported under its key. */
  exported?: false;
};

type RecordTableProps<T extends { id: string }, S extends string> = {
  /** Query key prefix; the list query adds the paging and filters. */
  queryKey: readonly unknown[];
  load: () => Promise<Page<T>>;
  columns: RecordColumn<T>[];
  paging: ListPaging<S>;
  onPaging: (paging: Partial<ListPaging<S>>) => void;
  /** Remembers the column choice under this name. */
  storageKey: string;
  filters?: ReactNode;
  actions?: ReactNode;
  /** Offers to download the list with its filters and visible columns. */
  exportTo?: ExportTarget;
  selection?: { selected: Key[]; onChange: (keys: Key[], rows: T[]) => void };
  testId?: string;
};

/**
 * The list every area shows: filter bar, column chooser, server-side sorting and paging kept in
 * the URL, row selection, and loading, empty and error states.
 */
export function RecordTable<T extends { id: string }, S extends string>({
  queryKey,
  load,
  columns,
  paging,
  onPaging,
  storageKey,
  filters,
  actions,
  exportTo,
  selection,
  testId,
}: RecordTableProps<T, S>) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const list = useQuery({ queryKey, queryFn: load, placeholderData: keepPreviousData });
  const choosable = columns.filter((column) => column.optional);
  const { hidden, setHidden } = useColumnChoice(storageKey, choosable);

  const visible = columns
    .filter((column) => !hidden.includes(column.key))
    .map((column) => ({
      ...column,
      sorter: column.sortKey !== undefined,
      sortOrder:
        column.sortKey !== undefined && paging.sort === column.sortKey
          ? paging.order === 'asc'
            ? ('ascend' as const)
            : ('descend' as const)
          : null,
    }));

  const onChange: TableProps<T>['onChange'] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const column = columns.find((candidate) => candidate.key === single?.columnKey);
    const sortKey = single?.order ? column?.sortKey : undefined;
    onPaging({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? paging.pageSize,
      sort: sortKey as S | undefined,
      order: sortKey ? (single?.order === 'ascend' ? 'asc' : 'desc') : undefined,
    });
  };

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex gap={8} wrap justify="space-between" align="start">
          <Flex gap={8} wrap style={{ flex: 1, minWidth: 0 }}>
            {filters}
          </Flex>
          <Flex gap={8} wrap>
            {actions}
            {exportTo && (
              <ExportButton
                target={exportTo}
                columns={visible.filter((c) => c.exported !== false).map((c) => c.key)}
              />
            )}
            {choosable.length > 0 && (
              <ColumnChooser columns={choosable} hidden={hidden} onChange={setHidden} />
            )}
          </Flex>
        </Flex>
        {list.isError && (
          <Alert
            type="error"
            showIcon
            title={errorText(list.error)}
            action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
          />
        )}
        <Table<T>
          data-testid={testId}
          rowKey="id"
          size="middle"
          columns={visible}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onChange}
          scroll={{ x: 'max-content' }}
          rowSelection={
            selection && {
              selectedRowKeys: selection.selected,
              onChange: selection.onChange,
              preserveSelectedRowKeys: false,
            }
          }
          locale={{
            emptyText: list.isPending ? ' ' : <Empty description={t('records.empty')} />,
          }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) =>
              list.data?.totalCapped
                ? t('records.totalCapped', { cap: format.number(total) })
                : t('records.total', { count: total }),
          }}
        />
      </Flex>
    </Card>
  );
}
