import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { acknowledgeResult, writeSelfReview } from '../../api/appraisal-api';
import type { Cycle, CycleResult } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';
import { APPRAISAL_KEY } from './appraisal-data';
import { CommentForm } from './comment-form';

type MyReviewCardProps = { cycle: Cycle; result: CycleResult };

/** Self review while the cycle asks for it; the manager's comment; acknowledging once published. */
export function MyReviewCard({ cycle, result }: MyReviewCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const saved = (data: CycleResult, text: string) => {
    queryClient.setQueryData([...APPRAISAL_KEY, 'my-result', cycle.id], data);
    void message.success(text);
  };
  const published = cycle.status === 'published' || cycle.status === 'archived';

  return (
    <Card title={t('appraisal.review.title')} data-testid="my-review">
      <Flex vertical gap={16}>
        {cycle.status === 'self_review' ? (
          <CommentForm
            label={t('appraisal.review.self')}
            placeholder={t('appraisal.review.selfPlaceholder')}
            submitText={t('appraisal.review.submitSelf')}
            required
            initialValue={result.selfComment}
            testId="self-review"
            onSubmit={async (comment) =>
              saved(
                await writeSelfReview(result.id, { version: result.version, comment }),
                t('appraisal.review.selfSaved'),
              )
            }
          />
        ) : (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('appraisal.review.self')}>
              {result.selfComment ?? (
                <Typography.Text type="secondary">
                  {t('appraisal.review.selfClosed')}
                </Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('appraisal.review.manager')}>
            <span data-testid="manager-comment">
              {result.managerComment ?? (
                <Typography.Text type="secondary">{t('appraisal.review.notYet')}</Typography.Text>
              )}
            </span>
          </Descriptions.Item>
          {result.employeeComment && (
            <Descriptions.Item label={t('appraisal.review.employeeComment')}>
              {result.employeeComment}
            </Descriptions.Item>
          )}
        </Descriptions>
        {result.acknowledgedAt ? (
          <Alert
            type="success"
            showIcon
            data-testid="acknowledged"
            title={t('appraisal.review.acknowledged', {
              date: format.dateTime(result.acknowledgedAt),
            })}
          />
        ) : published ? (
          <CommentForm
            label={t('appraisal.review.ackComment')}
            placeholder={t('appraisal.review.ackPlaceholder')}
            submitText={t('appraisal.review.acknowledge')}
            required={false}
            testId="acknowledge"
            onSubmit={async (comment) =>
              saved(
                await acknowledgeResult(result.id, {
                  version: result.version,
                  ...(comment ? { comment } : {}),
                }),
                t('appraisal.review.ackSaved'),
              )
            }
          />
        ) : (
          <Typography.Text type="secondary">
            {t('appraisal.review.awaitingPublish')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
