import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Result, Select, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { getReview, reviewExportUrl } from '../../api/review-api';
import { useCurrentUser } from '../../auth/current-user';
import { PageHeading } from '../../components/page-heading';
import { useErrorText } from '../../components/use-error-reporter';
import { useCycles } from '../appraisal/appraisal-data';
import { ReviewFeedbackTable } from './review-feedback-table';
import { ReviewItemsTable } from './review-items-table';
import { ReviewLinksTable } from './review-links-table';
import { WhatIfPanel } from './what-if-panel';

const REVIEWERS = ['manager', 'hr', 'admin'];

/** The quarterly review (复盘) of closed cycles: run the meeting from here, then try a change. */
export function ReviewPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const errorText = useErrorText();
  const cycles = useCycles();
  const [params, setParams] = useSearchParams();
  const allowed = user.roles.some((role) => REVIEWERS.includes(role));
  const closed = (cycles.data?.items ?? []).filter(
    (c) => c.status === 'published' || c.status === 'archived',
  );
  const chosen = params.get('cycles')?.split(',').filter(Boolean) ?? [];
  const cycleIds = chosen.length > 0 ? chosen : closed.slice(0, 1).map((c) => c.id);
  const review = useQuery({
    queryKey: ['review', cycleIds.join(',')],
    queryFn: () => getReview(cycleIds),
    enabled: allowed && cycleIds.length > 0,
  });

  if (!allowed)
    return (
      <>
        <PageHeading title={t('review.title')} />
        <Card>
          <Result status="403" subTitle={t('review.forbidden')} />
        </Card>
      </>
    );

  const picker = (
    <Flex gap={8} wrap>
      <Select
        mode="multiple"
        data-testid="review-cycles"
        aria-label={t('review.cycles')}
        placeholder={t('review.pickCycles')}
        value={cycleIds}
        maxCount={6}
        style={{ minWidth: 240, maxWidth: '100%' }}
        onChange={(ids: string[]) => setParams(ids.length ? { cycles: ids.join(',') } : {})}
        options={closed.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Button
        icon={<DownloadOutlined />}
        href={reviewExportUrl(cycleIds)}
        disabled={cycleIds.length === 0}
      >
        {t('review.export')}
      </Button>
    </Flex>
  );

  return (
    <>
      <PageHeading title={t('review.title')} extra={picker} />
      {cycles.isSuccess && closed.length === 0 && (
        <Card>
          <Empty description={t('review.noClosed')} />
        </Card>
      )}
      {review.isError && <Alert type="error" showIcon title={errorText(review.error)} />}
      {review.data && (
        <Card loading={review.isFetching && !review.data}>
          <Typography.Text type="secondary">
            {t('review.people', { count: review.data.people })}
          </Typography.Text>
          <Tabs
            destroyOnHidden
            items={[
              {
                key: 'items',
                label: t('review.tabs.items'),
                children: <ReviewItemsTable review={review.data} />,
              },
              {
                key: 'links',
                label: t('review.tabs.links'),
                children: <ReviewLinksTable review={review.data} />,
              },
              {
                key: 'feedback',
                label: t('review.tabs.feedback'),
                children: <ReviewFeedbackTable review={review.data} />,
              },
              {
                key: 'what-if',
                label: t('review.tabs.whatIf'),
                children: <WhatIfPanel review={review.data} />,
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
