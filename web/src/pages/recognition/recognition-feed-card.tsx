import { Alert, Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Grant } from '../../api/recognition-api';
import { useFormatters } from '../../components/formatters';
import { useErrorText } from '../../components/use-error-reporter';
import { GrantIcon } from './grant-icon';
import { useGrantName, useRecentGrants } from './recognition-data';

/** The workbench's recognition feed: awards and badges of the last 30 days in my scope. */
export function RecognitionFeedCard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const nameOf = useGrantName();
  const feed = useRecentGrants();
  return (
    <Card
      title={t('recognition.feed.title')}
      extra={<Link to="/recognition">{t('recognition.feed.all')}</Link>}
      data-testid="recognition-feed"
    >
      {feed.error && <Alert type="error" showIcon title={errorText(feed.error)} />}
      <List<Grant>
        loading={feed.isPending}
        dataSource={feed.data ?? []}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recognition.feed.empty')} />
          ),
        }}
        renderItem={(grant) => (
          <List.Item data-testid={`feed-${grant.key}`}>
            <List.Item.Meta
              avatar={<GrantIcon kind={grant.kind} />}
              title={
                grant.kind === 'award'
                  ? t('recognition.feed.award', { name: grant.userName, award: nameOf(grant) })
                  : t('recognition.feed.badge', { name: grant.userName, badge: nameOf(grant) })
              }
              description={
                <Typography.Text type="secondary">
                  {format.dateTime(grant.grantedAt)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
