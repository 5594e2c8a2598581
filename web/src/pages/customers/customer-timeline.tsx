import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES } from '../../api/activities-api';
import type { TimelineItem } from '../../api/customers-api';
import { customerTimeline } from '../../api/customers-api';
import { useFormat } from '../../components/format';
import { useUserNames } from '../../components/people';

const KIND_COLORS: Record<TimelineItem['kind'], string> = {
  activity: 'blue',
  stage_change: 'purple',
  contract: 'green',
  payment: 'green',
  ticket: 'orange',
  feedback: 'cyan',
};

/** Everything that happened with a customer, newest first, paged by "show more". */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useUserNames();
  const timeline = useInfiniteQuery({
    queryKey: ['timeline', customerId],
    queryFn: ({ pageParam }) => customerTimeline(customerId, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  const title = (item: TimelineItem) => {
    const activityType = ACTIVITY_TYPES.find((type) => type === item.title);
    if (item.kind === 'activity' && activityType) return t(`records.activityTypes.${activityType}`);
    return item.title;
  };

  if (timeline.isPending) return <Spin />;
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('records.timeline.empty')} />;
  return (
    <Flex vertical gap={8} data-testid="customer-timeline">
      <Timeline
        items={items.map((item) => ({
          key: `${item.kind}-${item.id}`,
          color: KIND_COLORS[item.kind],
          content: (
            <Flex vertical gap={2} data-testid={`timeline-${item.kind}-${item.id}`}>
              <Flex gap={8} wrap align="center">
                <Tag color={KIND_COLORS[item.kind]}>{t(`records.timeline.kinds.${item.kind}`)}</Tag>
                <Typography.Text strong>{title(item)}</Typography.Text>
                {item.amountCents !== null && (
                  <Typography.Text>
                    {format.money(item.amountCents, item.currency ?? undefined)}
                  </Typography.Text>
                )}
              </Flex>
              {item.summary && (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {item.summary}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.allDay ? format.date(item.at) : format.dateTime(item.at)}
                {item.actorId && ` · ${names.get(item.actorId) ?? ''}`}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
      {timeline.hasNextPage && (
        <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
          {t('records.timeline.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
