import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuarterlyReview } from '../../api/review-api';
import { useMetricText } from '../appraisal/appraisal-data';

/** The employees' comments and "unfair" votes, item by item. */
export function ReviewFeedbackTable({ review }: { review: QuarterlyReview }) {
  const { t } = useTranslation();
  const text = useMetricText();
  if (review.feedback.length === 0) return <Empty description={t('review.noFeedback')} />;
  return (
    <Table
      data-testid="review-feedback"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="id"
      dataSource={review.feedback}
      columns={[
        { title: t('review.item'), key: 'metric', render: (_, row) => text.name(row.metric) },
        { title: t('review.person'), dataIndex: 'userName' },
        {
          title: t('review.unfair'),
          key: 'unfair',
          render: (_, row) => (row.unfair ? <Tag color="error">{t('review.unfair')}</Tag> : '—'),
        },
        { title: t('review.comment'), dataIndex: 'comment' },
      ]}
    />
  );
}
