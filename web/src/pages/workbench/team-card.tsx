import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getTeamScorecards } from '../../api/appraisal-api';
import type { Scorecard } from '../../api/appraisal-api';
import { getQualitySummary } from '../../api/quality-api';
import { useFormat } from '../../components/format';
import { APPRAISAL_KEY } from '../appraisal/appraisal-data';

/** A manager's landing: how each person in their scope stands this month, and open data flags. */
export function TeamCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const team = useQuery({
    queryKey: [...APPRAISAL_KEY, 'team', 'month'],
    queryFn: () => getTeamScorecards('month'),
  });
  const flags = useQuery({ queryKey: ['quality', 'summary'], queryFn: getQualitySummary });
  const openFlags = new Map(flags.data?.items.map((item) => [item.userId, item.open]));

  const columns: TableProps<Scorecard>['columns'] = [
    { key: 'name', title: t('workbench.team.member'), render: (_, card) => card.userName },
    {
      key: 'total',
      title: t('workbench.team.total'),
      align: 'right',
      render: (_, card) => (card.total === null ? '—' : format.number(card.total)),
    },
    {
      key: 'grade',
      title: t('workbench.team.grade'),
      render: (_, card) => (card.grade ? <Tag color="blue">{card.grade}</Tag> : '—'),
    },
    {
      key: 'flags',
      title: t('workbench.team.openFlags'),
      align: 'right',
      render: (_, card) => {
        const open = openFlags.get(card.userId) ?? 0;
        return open > 0 ? <Tag color="orange">{open}</Tag> : 0;
      },
    },
  ];

  return (
    <Card
      title={t('workbench.team.title')}
      extra={<Link to="/team">{t('workbench.team.open')}</Link>}
      data-testid="team-card"
    >
      <Table<Scorecard>
        rowKey="userId"
        size="small"
        loading={team.isPending}
        columns={columns}
        dataSource={team.data?.members}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('workbench.team.empty') }}
      />
    </Card>
  );
}
