import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../api/appraisal-api';
import { giveItemFeedback, listMyItemFeedback } from '../../api/review-api';
import type { OwnItemFeedback } from '../../api/review-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { APPRAISAL_KEY, useMetricText } from './appraisal-data';

/** While a cycle runs: the employee's comment and "unfair" vote on one item, read at the review. */
function FeedbackForm({
  cycleId,
  metric,
  existing,
}: {
  cycleId: string;
  metric: string;
  existing: OwnItemFeedback | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const [unfair, setUnfair] = useState(existing?.unfair ?? false);
  const [comment, setComment] = useState(existing?.comment ?? '');
  const save = useMutation({
    mutationFn: () =>
      giveItemFeedback(cycleId, metric, {
        unfair,
        comment: comment.trim() === '' ? null : comment.trim(),
        ...(existing ? { version: existing.version } : {}),
      }),
    onSuccess: () => {
      void message.success(t('review.itemFeedback.saved'));
      void queryClient.invalidateQueries({
        queryKey: [...APPRAISAL_KEY, 'item-feedback', cycleId],
      });
    },
    onError: (error) => reportError(error),
  });
  return (
    <Flex vertical gap={8}>
      <Checkbox
        checked={unfair}
        data-testid="item-unfair"
        onChange={(event) => setUnfair(event.target.checked)}
      >
        {t('review.itemFeedback.unfair')}
      </Checkbox>
      <Input.TextArea
        rows={2}
        maxLength={2000}
        value={comment}
        aria-label={t('review.itemFeedback.comment')}
        placeholder={t('review.itemFeedback.comment')}
        data-testid="item-comment"
        onChange={(event) => setComment(event.target.value)}
      />
      <div>
        <Button
          data-testid="save-item-feedback"
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('review.itemFeedback.save')}
        </Button>
      </div>
    </Flex>
  );
}

export function ItemFeedbackCard({ cycle, metrics }: { cycle: Cycle; metrics: readonly string[] }) {
  const { t } = useTranslation();
  const text = useMetricText();
  const [metric, setMetric] = useState<string | null>(null);
  const own = useQuery({
    queryKey: [...APPRAISAL_KEY, 'item-feedback', cycle.id],
    queryFn: () => listMyItemFeedback(cycle.id),
  });
  const existing = own.data?.find((f) => f.metric === metric);
  return (
    <Card title={t('review.itemFeedback.title')} data-testid="item-feedback">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('review.itemFeedback.intro')}</Typography.Text>
        <Select
          aria-label={t('review.itemFeedback.item')}
          placeholder={t('review.itemFeedback.item')}
          data-testid="item-feedback-metric"
          value={metric}
          style={{ maxWidth: 320 }}
          onChange={setMetric}
          options={metrics.map((m) => ({
            value: m,
            label: own.data?.some((f) => f.metric === m && f.unfair)
              ? `${text.name(m)} · ${t('review.unfair')}`
              : text.name(m),
          }))}
        />
        {metric && own.isSuccess && (
          <FeedbackForm
            key={`${metric}:${existing?.version ?? 0}`}
            cycleId={cycle.id}
            metric={metric}
            existing={existing}
          />
        )}
      </Flex>
    </Card>
  );
}
