import { Table } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SalesRow } from '../../api/reports-api';
import { useFormatters } from '../../components/formatters';
import { DrillLink } from './drill-link';

const BUCKETS = ['d0_30', 'd31_60', 'd61_90', 'over_90'] as const;

/** Won amount, collection and receivables against targets, with ageing; every amount opens its records. */
export function SalesTable({ rows, testId }: { rows: SalesRow[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const against = (actual: number, target: number | null, attainment: number | null) =>
    target === null
      ? ''
      : `${format.money(target)} · ${attainment === null ? '—' : format.percent(attainment)}`;
  const columns: TableProps<SalesRow>['columns'] = [
    {
      key: 'name',
      title: t('reports.sales.name'),
      fixed: 'left',
      render: (_, row) => row.name ?? t('reports.sales.total'),
    },
    {
      key: 'won',
      title: t('reports.sales.won'),
      align: 'right',
      render: (_, row) => (
        <DrillLink drill={row.drills?.won ?? null}>{format.money(row.wonCents)}</DrillLink>
      ),
    },
    {
      key: 'wonTarget',
      title: t('reports.sales.target'),
      align: 'right',
      render: (_, row) => against(row.wonCents, row.wonTargetCents, row.wonAttainment),
    },
    {
      key: 'collected',
      title: t('reports.sales.collected'),
      align: 'right',
      render: (_, row) => (
        <DrillLink drill={row.drills?.collected ?? null}>
          {format.money(row.collectedCents)}
        </DrillLink>
      ),
    },
    {
      key: 'collectionTarget',
      title: t('reports.sales.target'),
      align: 'right',
      render: (_, row) =>
        against(row.collectedCents, row.collectionTargetCents, row.collectionAttainment),
    },
    {
      key: 'receivable',
      title: t('reports.sales.receivable'),
      align: 'right',
      render: (_, row) => (
        <DrillLink drill={row.drills?.receivable ?? null}>
          {format.money(row.receivableCents)}
        </DrillLink>
      ),
    },
    ...BUCKETS.map((bucket) => ({
      key: bucket,
      title: t(`reports.sales.ageing.${bucket}`),
      align: 'right' as const,
      render: (_: unknown, row: SalesRow) => (
        <DrillLink drill={row.drills?.ageing[bucket] ?? null}>
          {format.money(row.ageing[bucket])}
        </DrillLink>
      ),
    })),
  ];
  return (
    <div data-testid={testId}>
      <Table<SalesRow>
        size="small"
        pagination={false}
        rowKey={(row) => row.id ?? 'total'}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
