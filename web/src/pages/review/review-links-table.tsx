import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuarterlyReview } from '../../api/review-api';
import { useFormatters } from '../../components/formatters';
import { useMetricText } from '../appraisal/appraisal-data';

/** Spearman's rank correlation of each process item with each result item, per role. */
export function ReviewLinksTable({ review }: { review: QuarterlyReview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useMetricText();
  const rows = review.outcomeLinks.flatMap((group) =>
    group.links.map((link) => ({
      ...link,
      role: group.role,
      key: `${group.role}:${link.process}:${link.result}`,
    })),
  );
  if (rows.length === 0) return <Empty description={t('review.noLinks')} />;
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: t('review.role'), dataIndex: 'role' },
        { title: t('review.process'), key: 'process', render: (_, row) => text.name(row.process) },
        { title: t('review.result'), key: 'result', render: (_, row) => text.name(row.result) },
        {
          title: t('review.rho'),
          key: 'rho',
          render: (_, row) => (row.rho === null ? '—' : format.number(row.rho, 2)),
        },
        { title: t('review.person'), dataIndex: 'people' },
      ]}
    />
  );
}
