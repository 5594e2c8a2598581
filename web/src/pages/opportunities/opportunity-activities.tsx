import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listRecordActivities } from '../../api/activities-api';
import { useFormatters } from '../../components/formatters';

/** Follow-ups (跟进记录) logged on the opportunity, newest first. */
export function OpportunityActivities({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const activities = useQuery({
    queryKey: ['activities', 'opportunity', opportunityId],
    queryFn: () => listRecordActivities('opportunity', opportunityId),
  });
  if (activities.isPending) return <Skeleton active />;
  const items = activities.data?.items ?? [];
  if (items.length === 0) return <Empty description={t('deals.opportunities.noActivities')} />;
  return (
    <Timeline
      data-testid="opportunity-activities"
      style={{ marginTop: 12 }}
      items={items.map((activity) => ({
        key: activity.id,
        color: activity.valid ? 'blue' : 'gray',
        content: (
          <Flex vertical gap={2}>
            <Flex gap={8} wrap align="center">
              <Tag>{t(`deals.opportunities.activityTypes.${activity.type}`)}</Tag>
              <Typography.Text strong>{format.dateTime(activity.occurredAt)}</Typography.Text>
              <Typography.Text type="secondary">{activity.actorName ?? ''}</Typography.Text>
              {!activity.timely && <Tag color="warning">{t('deals.opportunities.late')}</Tag>}
              {!activity.valid && <Tag color="default">{t('deals.opportunities.invalid')}</Tag>}
            </Flex>
            <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
              {activity.content}
            </Typography.Paragraph>
          </Flex>
        ),
      }))}
    />
  );
}
