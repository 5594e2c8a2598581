import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { decideFeedback, getFeedback, reviewFeedback } from '../../api/service-api';
import { useCurrentUser } from '../../auth/current-user';
import { CustomerLink } from '../../components/customer-link';
import { FormDialog } from '../../components/form-dialog';
import { useFormat } from '../../components/format';
import { FullPageSpin } from '../../components/full-page-spin';
import { HistoryTable } from '../../components/history-table';
import { PageHeading } from '../../components/page-heading';
import { DetailLayout, DetailLoadFailed } from '../../components/record-detail';
import { useUserNames } from '../../components/people';
import { useErrorReporter } from '../../components/use-error-reporter';
import { FEEDBACK_KEY, FeedbackFormDialog } from './feedback-form-dialog';
import { FEEDBACK_STATUS_COLORS } from './feedback-labels';

type Decision = 'adopted' | 'rejected';

export function FeedbackDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const format = useFormat();
  const users = useUserNames();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const feedback = useQuery({
    queryKey: [...FEEDBACK_KEY, 'one', id],
    queryFn: () => getFeedback(id),
  });
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState<Decision | null>(null);

  if (feedback.isPending) return <FullPageSpin />;
  if (feedback.isError) return <DetailLoadFailed error={feedback.error} backTo="/feedback" />;
  const record = feedback.data;
  const isProduct = user.roles.includes('product');
  const open = record.status === 'new' || record.status === 'reviewing';
  const refresh = () => void queryClient.invalidateQueries({ queryKey: FEEDBACK_KEY });

  const review = async () => {
    try {
      await reviewFeedback(record.id, record.version);
      void message.success(t('service.feedback.reviewed'));
    } catch (error) {
      reportError(error);
    } finally {
      refresh();
    }
  };

  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {record.title}
            <Tag color={FEEDBACK_STATUS_COLORS[record.status]}>
              {t(`service.feedback.statuses.${record.status}`)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {isProduct && record.status === 'new' && (
              <Button onClick={() => void review()}>{t('service.feedback.review')}</Button>
            )}
            {isProduct && open && (
              <>
                <Button type="primary" onClick={() => setDeciding('adopted')}>
                  {t('service.feedback.adopt')}
                </Button>
                <Button danger onClick={() => setDeciding('rejected')}>
                  {t('service.feedback.reject')}
                </Button>
              </>
            )}
            {open && record.access === 'write' && (
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            )}
          </Space>
        }
      />
      <DetailLayout
        side={
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('service.feedback.fields.reporter')}>
                {record.reporterName ?? users.get(record.reporterId) ?? '…'}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.feedback.fields.customer')}>
                <CustomerLink id={record.customerId} name={record.customerName} />
              </Descriptions.Item>
              <Descriptions.Item label={t('records.createdAt')}>
                {format.dateTime(record.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.feedback.fields.decidedBy')}>
                {record.decidedBy ? (users.get(record.decidedBy) ?? '…') : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.feedback.fields.decidedAt')}>
                {record.decidedAt ? format.dateTime(record.decidedAt) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.feedback.fields.decisionNote')}>
                {record.decisionNote ?? '—'}
              </Descriptions.Item>
            </Descriptions>
            {!isProduct && open && (
              <Typography.Text type="secondary">
                {t('service.feedback.onlyProduct')}
              </Typography.Text>
            )}
          </Card>
        }
        tabs={[
          {
            key: 'content',
            label: t('service.feedback.fields.content'),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {record.content}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'history',
            label: t('records.history.title'),
            children: <HistoryTable collection="feedback" id={id} />,
          },
        ]}
      />
      <FeedbackFormDialog
        key={`${record.id}@${record.version}`}
        open={editing}
        feedback={record}
        onClose={() => setEditing(false)}
      />
      <FormDialog<{ note?: string }>
        open={deciding !== null}
        title={t('service.feedback.decideTitle', {
          decision: t(
            deciding === 'rejected' ? 'service.feedback.reject' : 'service.feedback.adopt',
          ),
        })}
        onSubmit={async ({ note }) => {
          try {
            await decideFeedback(record.id, {
              version: record.version,
              status: deciding ?? 'adopted',
              note: note?.trim() || undefined,
            });
            void message.success(t('service.feedback.decided'));
          } finally {
            refresh();
          }
        }}
        onClose={() => setDeciding(null)}
      >
        <Form.Item name="note" label={t('service.feedback.fields.decisionNote')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} autoFocus />
        </Form.Item>
      </FormDialog>
    </>
  );
}
