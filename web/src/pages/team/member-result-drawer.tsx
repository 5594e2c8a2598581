import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Flex, Grid, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adjustItem, getResult, writeManagerReview } from '../../api/appraisal-api';
import type { Cycle, CycleResult, ResultItem, ResultSummary } from '../../api/appraisal-api';
import { useCurrentUser } from '../../auth/current-user';
import { useErrorText } from '../../components/use-error-reporter';
import { APPRAISAL_KEY, useMetricText } from '../appraisal/appraisal-data';
import { CommentForm } from '../appraisal/comment-form';
import { EvidenceDrawer } from '../appraisal/evidence-drawer';
import type { EvidenceSource } from '../appraisal/evidence-drawer';
import { ScoreSummary } from '../appraisal/score-summary';
import { ScoreItemsTable, fromResultItem } from '../appraisal/score-items-table';
import { AdjustDialog } from './adjust-dialog';

type MemberResultDrawerProps = {
  cycle: Cycle;
  member: ResultSummary | null;
  onClose: () => void;
};

/** One person's result: items with evidence, the manager's comment and adjustments. */
export function MemberResultDrawer({ cycle, member, onClose }: MemberResultDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={member !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 900}
      title={member ? t('team.review.title', { name: member.userName }) : ''}
      destroyOnHidden
      data-testid="member-drawer"
    >
      {member && <MemberResult cycle={cycle} resultId={member.id} />}
    </Drawer>
  );
}

function MemberResult({ cycle, resultId }: { cycle: Cycle; resultId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const text = useMetricText();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const key = [...APPRAISAL_KEY, 'result', resultId];
  const result = useQuery({ queryKey: key, queryFn: () => getResult(resultId) });
  const [evidence, setEvidence] = useState<EvidenceSource | null>(null);
  const [adjusting, setAdjusting] = useState<ResultItem | null>(null);
  const reviewable =
    (cycle.status === 'manager_review' || cycle.status === 'calibrated') &&
    result.data?.userId !== me.id;

  const saved = (data: CycleResult) => {
    queryClient.setQueryData(key, data);
    void queryClient.invalidateQueries({ queryKey: [...APPRAISAL_KEY, 'results', cycle.id] });
  };

  if (result.isPending) return <Spin />;
  if (result.isError) return <Alert type="error" showIcon title={errorText(result.error)} />;
  const data = result.data;

  return (
    <Flex vertical gap={16}>
      <ScoreSummary
        total={data.total}
        grade={data.grade}
        applicableShare={data.applicableShare}
        context={<Typography.Text strong>{cycle.name}</Typography.Text>}
      />
      <ScoreItemsTable
        rows={data.items.map(fromResultItem)}
        onWhy={(metric) => setEvidence({ kind: 'result', resultId, metric })}
        actions={(row) =>
          reviewable && (
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              aria-label={t('team.adjust.actionLabel', { metric: text.name(row.metric) })}
              data-testid={`adjust-${row.metric}`}
              onClick={() => setAdjusting(data.items.find((i) => i.metric === row.metric) ?? null)}
            >
              {t('team.adjust.action')}
            </Button>
          )
        }
      />
      {data.items
        .filter((item) => item.adjustReason)
        .map((item) => (
          <Alert
            key={item.metric}
            type="warning"
            showIcon
            title={`${text.name(item.metric)} — ${t('appraisal.adjustedBy', { reason: item.adjustReason ?? '' })}`}
          />
        ))}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('team.review.selfComment')}>
          {data.selfComment ?? (
            <Typography.Text type="secondary">{t('team.review.notYet')}</Typography.Text>
          )}
        </Descriptions.Item>
        {data.employeeComment && (
          <Descriptions.Item label={t('team.review.employeeComment')}>
            {data.employeeComment}
          </Descriptions.Item>
        )}
      </Descriptions>
      {reviewable ? (
        <CommentForm
          label={t('team.review.managerComment')}
          placeholder={t('team.review.managerPlaceholder')}
          submitText={t('team.review.submit')}
          required
          initialValue={data.managerComment}
          testId="manager-review"
          onSubmit={async (comment) => {
            saved(await writeManagerReview(resultId, { version: data.version, comment }));
            void message.success(t('team.review.saved'));
          }}
        />
      ) : (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('team.review.managerComment')}</Typography.Text>
          <Typography.Text>{data.managerComment ?? t('team.review.notYet')}</Typography.Text>
          <Typography.Text type="secondary">{t('team.review.closedForReview')}</Typography.Text>
        </Flex>
      )}
      <AdjustDialog
        item={adjusting}
        onClose={() => setAdjusting(null)}
        onSubmit={async (item, values) => {
          try {
            saved(
              await adjustItem(resultId, item.metric, {
                version: data.version,
                score: values.score,
                reason: values.reason.trim(),
              }),
            );
            void message.success(t('team.adjust.saved'));
          } finally {
            void result.refetch();
          }
        }}
      />
      <EvidenceDrawer source={evidence} onClose={() => setEvidence(null)} />
    </Flex>
  );
}
