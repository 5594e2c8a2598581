import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryCollection, HistoryEntry } from '../api/record-api';
import { recordHistory } from '../api/record-api';
import { useFormat } from './format';
import { useUserNames } from './people';

type HistoryTableProps = {
  /** The record's collection (`customers`, `leads`, …) and id. */
  collection: HistoryCollection;
  id: string;
  /** The field's name in the user's language; the raw name when it returns undefined. */
  fieldLabel?: (field: string) => string | undefined;
  /** A stored value in the user's language (statuses, levels…); the raw value otherwise. */
  valueLabel?: (field: string, value: string) => string | undefined;
};

/** A record's field-level change log (old → new, who, when), newest first. */
export function HistoryTable({ collection, id, fieldLabel, valueLabel }: HistoryTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useUserNames();
  const [page, setPage] = useState(1);
  const history = useQuery({
    queryKey: ['history', collection, id, page],
    queryFn: () => recordHistory(collection, id, page),
  });

  const show = (field: string | null, value: string | null) => {
    if (value === null || value === '')
      return <Typography.Text type="secondary">—</Typography.Text>;
    const label = (field && valueLabel?.(field, value)) ?? names.get(value) ?? value;
    return (
      <Typography.Text ellipsis={{ tooltip: label }} style={{ maxWidth: 260 }}>
        {label}
      </Typography.Text>
    );
  };

  const columns: TableProps<HistoryEntry>['columns'] = [
    { key: 'at', title: t('records.history.at'), render: (_, entry) => format.dateTime(entry.at) },
    {
      key: 'actor',
      title: t('records.history.actor'),
      render: (_, entry) =>
        entry.actorId ? (names.get(entry.actorId) ?? '—') : t('records.history.system'),
    },
    {
      key: 'action',
      title: t('records.history.action'),
      render: (_, entry) => <Tag>{t(`records.history.actions.${entry.action}`)}</Tag>,
    },
    {
      key: 'field',
      title: t('records.history.field'),
      render: (_, entry) => (entry.field ? (fieldLabel?.(entry.field) ?? entry.field) : '—'),
    },
    {
      key: 'old',
      title: t('records.history.old'),
      render: (_, entry) => show(entry.field, entry.oldValue),
    },
    {
      key: 'new',
      title: t('records.history.new'),
      render: (_, entry) => show(entry.field, entry.newValue),
    },
  ];

  return (
    <Table<HistoryEntry>
      data-testid="history-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={history.data?.items}
      loading={history.isFetching}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize: 20,
        total: history.data?.total ?? 0,
        onChange: setPage,
        showSizeChanger: false,
        hideOnSinglePage: true,
      }}
    />
  );
}
