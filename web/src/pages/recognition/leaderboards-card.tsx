import { Alert, Card, Col, Empty, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Leaderboard } from '../../api/recognition-api';
import { useCurrentUser } from '../../auth/current-user';
import { useErrorText } from '../../components/use-error-reporter';
import { useFormatters } from '../../components/formatters';
import { useLeaderboards } from './recognition-data';

type Place = Leaderboard['top'][number];

/** One board: the top places and my own rank, never anyone below the top. */
function BoardCard({ board }: { board: Leaderboard }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormatters();
  const role = t(`roles.${board.role}`, { defaultValue: board.role });
  return (
    <Card
      size="small"
      title={t('recognition.boards.group', {
        role,
        department: board.departmentName ?? t('recognition.boards.noDepartment'),
      })}
      data-testid="leaderboard"
    >
      <Table<Place>
        size="small"
        rowKey="userId"
        pagination={false}
        dataSource={board.top}
        rowClassName={(place) => (place.userId === me.id ? 'ant-table-row-selected' : '')}
        onRow={(place) => ({ 'data-testid': `place-${place.rank}` }) as object}
        columns={[
          { title: t('recognition.boards.rank'), dataIndex: 'rank', width: 64 },
          { title: t('recognition.boards.person'), dataIndex: 'name' },
          {
            title: t('recognition.boards.total'),
            dataIndex: 'total',
            align: 'right',
            render: (total: number) => format.number(total, 1),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="my-rank">
        {board.me
          ? t('recognition.boards.myRank', { rank: board.me.rank, size: board.size })
          : t('recognition.boards.notRanked')}
      </Typography.Paragraph>
    </Card>
  );
}

/** The leaderboards I may see for the latest published cycle. */
export function LeaderboardsCard() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const boards = useLeaderboards();
  const data = boards.data;
  return (
    <Card
      title={t('recognition.boards.title')}
      extra={data?.cycle ? t('recognition.boards.cycle', { name: data.cycle.name }) : null}
      loading={boards.isPending}
      data-testid="leaderboards"
    >
      {boards.error && <Alert type="error" showIcon title={errorText(boards.error)} />}
      {data && !data.enabled && <Alert type="info" showIcon title={t('recognition.boards.off')} />}
      {data?.enabled && data.boards.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recognition.boards.none')} />
      )}
      <Row gutter={[16, 16]}>
        {(data?.boards ?? []).map((board) => (
          <Col xs={24} lg={12} key={`${board.role}:${board.departmentId ?? ''}`}>
            <BoardCard board={board} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
