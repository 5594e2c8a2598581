import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Flex, Grid, Segmented, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTeamScorecards } from '../../api/appraisal-api';
import type { LivePeriod, Scorecard } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';
import { useErrorText } from '../../components/use-error-reporter';
import { APPRAISAL_KEY } from '../appraisal/appraisal-data';
import { EvidenceDrawer } from '../appraisal/evidence-drawer';
import type { EvidenceSource } from '../appraisal/evidence-drawer';
import { GradeTag, ScoreSummary } from '../appraisal/score-summary';
import { ScoreItemsTable, fromScoredItem } from '../appraisal/score-items-table';

/** The month or quarter to date for each person reporting to me, with their items and evidence. */
export function TeamLiveTab() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const screens = Grid.useBreakpoint();
  const [period, setPeriod] = useState<LivePeriod>('month');
  const team = useQuery({
    queryKey: [...APPRAISAL_KEY, 'team', period],
    queryFn: () => getTeamScorecards(period),
  });
  const [memberId, setMemberId] = useState<string | null>(null);
  const member = team.data?.members.find((m) => m.userId === memberId) ?? null;
  const [evidence, setEvidence] = useState<EvidenceSource | null>(null);

  const columns: TableProps<Scorecard>['columns'] = [
    { key: 'name', dataIndex: 'userName', title: t('team.member') },
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
      render: (_, row) => <GradeTag grade={row.grade} withheld={row.gradeWithheld} />,
    },
    {
      key: 'applicable',
      title: t('team.applicableShare'),
      align: 'right',
      render: (_, row) => format.percent(row.applicableShare, 0),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) => (
        <Button
          type="link"
          size="small"
          aria-label={t('team.detailsLabel', { name: row.userName })}
          data-testid={`live-${row.userId}`}
          onClick={() => setMemberId(row.userId)}
        >
          {t('team.details')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Segmented<LivePeriod>
        value={period}
        onChange={setPeriod}
        options={[
          { value: 'month', label: t('team.period.month') },
          { value: 'quarter', label: t('team.period.quarter') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {team.isError && <Alert type="error" showIcon title={errorText(team.error)} />}
      <Table<Scorecard>
        rowKey="userId"
        size="middle"
        columns={columns}
        dataSource={team.data?.members}
        loading={team.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('team.noMembers') }}
        data-testid="team-live"
      />
      <Drawer
        open={member !== null}
        onClose={() => setMemberId(null)}
        size={screens.md === false ? '100%' : 900}
        title={member?.userName}
        destroyOnHidden
      >
        {member && (
          <Flex vertical gap={16}>
            <ScoreSummary
              total={member.total}
              grade={member.grade}
              gradeWithheld={member.gradeWithheld}
              applicableShare={member.applicableShare}
              context={t(`team.period.${period}`)}
            />
            <ScoreItemsTable
              rows={member.items.map(fromScoredItem)}
              onWhy={(metric) =>
                setEvidence({ kind: 'live', metric, period, userId: member.userId })
              }
            />
          </Flex>
        )}
      </Drawer>
      <EvidenceDrawer source={evidence} onClose={() => setEvidence(null)} />
    </Flex>
  );
}
