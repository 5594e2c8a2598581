import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuarterlyReview, ReviewItem } from '../../api/review-api';
import { useFormatters } from '../../components/formatters';

const FLAGS = ['saturated', 'unreachable', 'noisy', 'gamedSuspected'] as const;

/** Each template item's distribution and health flags, template by template. */
export function ReviewItemsTable({ review }: { review: QuarterlyReview }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const zh = i18n.language === 'zh-CN';
  const score = (value: number | null) => (value === null ? '—' : format.number(value, 1));
  const share = (value: number | null) => (value === null ? '—' : format.percent(value, 0));
  const rows = review.templates.flatMap((template) =>
    template.items.map((item) => ({
      ...item,
      key: `${template.templateId}:${item.metric}`,
      template: zh ? template.nameZh : template.nameEn,
    })),
  );
  return (
    <Table<ReviewItem & { key: string; template: string }>
      data-testid="review-items"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="key"
      dataSource={rows}
      columns={[
        {
          title: t('review.item'),
          key: 'item',
          fixed: 'left',
          render: (_, row) => (
            <>
              {zh ? row.nameZh : row.nameEn}
              <div style={{ fontSize: 12, opacity: 0.65 }}>{row.template}</div>
            </>
          ),
        },
        { title: t('review.weight'), dataIndex: 'weight' },
        { title: t('review.mean'), key: 'mean', render: (_, row) => score(row.health.mean) },
        { title: t('review.median'), key: 'median', render: (_, row) => score(row.health.median) },
        {
          title: t('review.p10p90'),
          key: 'p10p90',
          render: (_, row) => `${score(row.health.p10)} – ${score(row.health.p90)}`,
        },
        { title: t('review.atCap'), key: 'cap', render: (_, row) => share(row.health.shareAtCap) },
        {
          title: t('review.atZero'),
          key: 'zero',
          render: (_, row) => share(row.health.shareAtZero),
        },
        { title: t('review.na'), key: 'na', render: (_, row) => share(row.health.shareNa) },
        {
          title: t('review.flags'),
          key: 'flags',
          render: (_, row) => {
            const raised = FLAGS.filter((flag) => row.health[flag]);
            if (raised.length === 0) return <Tag color="success">{t('review.healthy')}</Tag>;
            return raised.map((flag) => (
              <Tooltip key={flag} title={t(`review.flagHelp.${flag}`)}>
                <Tag color="warning" data-testid={`flag-${row.metric}-${flag}`}>
                  {t(`review.flag.${flag}`)}
                </Tag>
              </Tooltip>
            ));
          },
        },
        {
          title: t('review.votes'),
          key: 'votes',
          render: (_, row) => `${row.unfairVotes} / ${row.feedbackCount}`,
        },
      ]}
    />
  );
}
