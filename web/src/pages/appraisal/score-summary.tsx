import { Flex, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleStatus, GradeWithheld } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';

const GRADE_COLORS: Partial<Record<string, string>> = {
  S: 'gold',
  A: 'green',
  B: 'blue',
  C: 'orange',
  D: 'red',
};

export function GradeTag({
  grade,
  withheld = null,
}: {
  grade: string | null;
  /** Why a live scorecard shows no grade yet. */
  withheld?: GradeWithheld | null;
}) {
  const { t } = useTranslation();
  if (withheld)
    return (
      <Tooltip title={t(`appraisal.gradeWithheld.${withheld}`)}>
        <Tag data-testid="grade-withheld">{t('appraisal.gradeWithheld.label')}</Tag>
      </Tooltip>
    );
  if (!grade) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={GRADE_COLORS[grade]} data-testid="grade" style={{ fontWeight: 600 }}>
      {grade}
    </Tag>
  );
}

const STATUS_COLORS: Record<CycleStatus, string> = {
  draft: 'default',
  open: 'processing',
  self_review: 'cyan',
  manager_review: 'geekblue',
  calibrated: 'purple',
  published: 'success',
  archived: 'default',
};

export function CycleStatusTag({ status }: { status: CycleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="cycle-status">
      {t(`appraisal.status.${status}`)}
    </Tag>
  );
}

type ScoreSummaryProps = {
  total: number | null;
  grade: string | null;
  gradeWithheld?: GradeWithheld | null;
  applicableShare: number;
  /** What is measured: the period and the cycle's status, or "live". */
  context: ReactNode;
};

/** Total (one decimal), grade and how much of the scorecard applies. */
export function ScoreSummary({
  total,
  grade,
  gradeWithheld = null,
  applicableShare,
  context,
}: ScoreSummaryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex gap={32} wrap align="center">
      <Statistic
        title={t('appraisal.total')}
        value={total === null ? t('appraisal.na') : format.number(total, 1)}
        styles={{ content: { fontSize: 36, fontWeight: 600 } }}
        data-testid="total"
      />
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{t('appraisal.grade')}</Typography.Text>
        <span style={{ fontSize: 20 }}>
          <GradeTag grade={grade} withheld={gradeWithheld} />
        </span>
      </Flex>
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        {context}
        <Typography.Text type="secondary">
          {t('appraisal.applicable', { share: format.percent(applicableShare, 0) })}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
