import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Flex, Grid, Switch, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getLiveEvidence, getResultEvidence } from '../../api/appraisal-api';
import type { EvidenceQuery, EvidenceRecord, LivePeriod } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';
import { useErrorText } from '../../components/use-error-reporter';
import { APPRAISAL_KEY, useMetricText } from './appraisal-data';
import { EvidenceRecordCell, recordTypeKey } from './evidence-record';

export type EvidenceSource =
  | { kind: 'result'; resultId: string; metric: string }
  | { kind: 'live'; metric: string; period: LivePeriod; userId?: string };

/** A record did not count when it adds nothing to the numerator (late, invalid, not converted…). */
const counts = (record: EvidenceRecord) => record.numerator > 0;

function loadEvidence(source: EvidenceSource, query: EvidenceQuery) {
  return source.kind === 'result'
    ? getResultEvidence(source.resultId, source.metric, query)
    : getLiveEvidence(source.metric, source.period, source.userId, query);
}

type EvidenceDrawerProps = { source: EvidenceSource | null; onClose: () => void };

/** The records behind one item: what counted and what did not, each linking to its record. */
export function EvidenceDrawer({ source, onClose }: EvidenceDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const text = useMetricText();
  return (
    <Drawer
      open={source !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 760}
      title={source ? t('appraisal.evidence.title', { metric: text.name(source.metric) }) : ''}
      destroyOnHidden
      data-testid="evidence-drawer"
    >
      {source && <EvidenceList key={JSON.stringify(source)} source={source} />}
    </Drawer>
  );
}

function EvidenceList({ source }: { source: EvidenceSource }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useMetricText();
  const errorText = useErrorText();
  const [query, setQuery] = useState<EvidenceQuery>({ page: 1, pageSize: 20, counted: 'all' });
  const evidence = useQuery({
    queryKey: [...APPRAISAL_KEY, 'evidence', source, query],
    queryFn: () => loadEvidence(source, query),
    placeholderData: keepPreviousData,
  });
  const rows = evidence.data?.items ?? [];
  const unit = text.definition(source.metric)?.unit;
  const showContribution = unit !== undefined && unit !== 'percent';

  // Type, time and whether it counted come first and stay put; the record's name takes the rest.
  const columns: TableProps<EvidenceRecord>['columns'] = [
    {
      key: 'type',
      title: t('appraisal.evidence.type'),
      width: 96,
      render: (_, record) => t(recordTypeKey(record.recordType)),
    },
    {
      key: 'time',
      title: t('appraisal.evidence.time'),
      width: 120,
      render: (_, record) => format.dateTime(record.at),
    },
    showContribution
      ? {
          key: 'contribution',
          title: t('appraisal.evidence.contribution'),
          align: 'right',
          render: (_, record) => text.value(source.metric, record.numerator),
        }
      : {
          key: 'counted',
          title: t('appraisal.evidence.counted'),
          render: (_, record) =>
            counts(record) ? (
              <Tag color="success">{t('appraisal.evidence.countedYes')}</Tag>
            ) : (
              <Tag color="error" data-testid="not-counted">
                {t('appraisal.evidence.countedNo')}
              </Tag>
            ),
        },
    {
      key: 'record',
      title: t('appraisal.evidence.record'),
      render: (_, record) => <EvidenceRecordCell record={record} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={8}>
        <Switch
          data-testid="only-not-counted"
          checked={query.counted === 'no'}
          onChange={(checked) =>
            setQuery((current) => ({ ...current, page: 1, counted: checked ? 'no' : 'all' }))
          }
        />
        <Typography.Text>{t('appraisal.evidence.onlyNotCounted')}</Typography.Text>
      </Flex>
      {evidence.isError && <Alert type="error" showIcon title={errorText(evidence.error)} />}
      <Table<EvidenceRecord>
        rowKey={(record) => `${record.recordType}:${record.recordId}`}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={evidence.isFetching}
        locale={{ emptyText: t('appraisal.evidence.empty') }}
        scroll={{ x: 'max-content' }}
        data-testid="evidence-table"
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: evidence.data?.total ?? 0,
          showTotal: (count) => t('appraisal.evidence.total', { count }),
          onChange: (page, pageSize) => setQuery((current) => ({ ...current, page, pageSize })),
        }}
      />
    </Flex>
  );
}
