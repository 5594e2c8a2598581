import { CheckCircleTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCycleResults } from '../../api/appraisal-api';
import type { ResultSummary } from '../../api/appraisal-api';
import { ROLES } from '../../api/users-api';
import type { Role } from '../../api/users-api';
import { useCurrentUser } from '../../auth/current-user';
import { ExportButton } from '../../components/export-button';
import { useFormatters } from '../../components/formatters';
import { useErrorText } from '../../components/use-error-reporter';
import { APPRAISAL_KEY, useCycles } from '../appraisal/appraisal-data';
import { CycleStatusTag, GradeTag } from '../appraisal/score-summary';
import { CycleSteps } from './cycle-steps';
import { GradeDistribution } from './grade-distribution';
import { MemberResultDrawer } from './member-result-drawer';

const done = (at: string | null) =>
  at ? (
    <CheckCircleTwoTone twoToneColor="#52c41a" />
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );

const isRole = (role: string): role is Role => ROLES.some((known) => known === role);

/** A cycle's results for the people in scope: grades chart, review status, drill-down. */
export function TeamCycleTab() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const cycles = useCycles();
  const list = cycles.data?.items ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const cycle =
    list.find((c) => c.id === picked) ?? list.find((c) => c.status !== 'draft') ?? list[0];
  const results = useQuery({
    queryKey: [...APPRAISAL_KEY, 'results', cycle?.id],
    queryFn: () => listCycleResults(cycle?.id ?? ''),
    enabled: cycle !== undefined && cycle.status !== 'draft',
  });
  const [memberId, setMemberId] = useState<string | null>(null);
  const member = results.data?.items.find((item) => item.id === memberId) ?? null;
  const runsCycles = me.roles.includes('admin') || me.roles.includes('hr');

  if (cycles.isSuccess && list.length === 0) return <Empty description={t('team.noCycles')} />;

  const columns: TableProps<ResultSummary>['columns'] = [
    { key: 'name', dataIndex: 'userName', title: t('team.member') },
    {
      key: 'role',
      title: t('team.role'),
      render: (_, row) => (isRole(row.role) ? t(`roles.${row.role}`) : row.role),
    },
    {
      key: 'total',
      title: t('appraisal.total'),
      align: 'right',
      sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
      render: (_, row) => (row.total === null ? t('appraisal.na') : format.number(row.total, 1)),
    },
    {
      key: 'grade',
      title: t('appraisal.grade'),
      render: (_, row) => <GradeTag grade={row.grade} />,
    },
    {
      key: 'self',
      title: t('team.results.selfReview'),
      render: (_, row) => done(row.selfReviewedAt),
    },
    {
      key: 'manager',
      title: t('team.results.managerReview'),
      render: (_, row) => done(row.managerReviewedAt),
    },
    {
      key: 'ack',
      title: t('team.results.acknowledged'),
      render: (_, row) => done(row.acknowledgedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) => (
        <Button
          type="link"
          size="small"
          aria-label={t('team.results.reviewLabel', { name: row.userName })}
          data-testid={`review-${row.userId}`}
          onClick={() => setMemberId(row.id)}
        >
          {t('team.results.review')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('team.cycle')}</Typography.Text>
        <Select
          data-testid="team-cycle"
          aria-label={t('team.pickCycle')}
          value={cycle?.id}
          loading={cycles.isPending}
          onChange={setPicked}
          style={{ minWidth: 220 }}
          options={list.map((c) => ({ value: c.id, label: c.name }))}
        />
        {cycle && <CycleStatusTag status={cycle.status} />}
        {cycle && cycle.status !== 'draft' && (
          <ExportButton
            target={{
              path: '/api/v1/cycles/{id}/results/export',
              pathParams: { id: cycle.id },
              query: {},
            }}
          />
        )}
      </Flex>
      {cycle && runsCycles && (
        <Card size="small" title={t('team.steps.title')}>
          <CycleSteps cycle={cycle} />
        </Card>
      )}
      {results.isError && <Alert type="error" showIcon title={errorText(results.error)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('team.distribution.title')}>
            <GradeDistribution grades={(results.data?.items ?? []).map((item) => item.grade)} />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Table<ResultSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={results.data?.items}
            loading={results.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('team.results.empty') }}
            data-testid="team-results"
          />
        </Col>
      </Row>
      {cycle && (
        <MemberResultDrawer cycle={cycle} member={member} onClose={() => setMemberId(null)} />
      )}
    </Flex>
  );
}
