import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTemplates } from '../../api/appraisal-admin-api';
import type { Template } from '../../api/appraisal-admin-api';
import { adoptWhatIf, runWhatIf } from '../../api/review-api';
import type { ProposedItem, QuarterlyReview, WhatIf } from '../../api/review-api';
import { useFormatters } from '../../components/formatters';
import { useErrorReporter, useErrorText } from '../../components/use-error-reporter';
import { APPRAISAL_KEY, useMetricCatalog, useMetricText } from '../appraisal/appraisal-data';
import { toEntered, toStored } from '../admin-settings/target-values';

/** The same cache as the templates page, so an adopted version shows there at once. */
const TEMPLATES_KEY = [...APPRAISAL_KEY, 'templates'] as const;

/** The proposal's items in the units people type (80 %, not 0.8). */
function EditorTable({
  rows,
  onChange,
}: {
  rows: ProposedItem[];
  onChange: (rows: ProposedItem[]) => void;
}) {
  const { t } = useTranslation();
  const text = useMetricText();
  const catalog = useMetricCatalog();
  const set = (index: number, field: keyof ProposedItem, value: number | null) =>
    onChange(
      rows.map((row, i) => (i === index && value !== null ? { ...row, [field]: value } : row)),
    );
  const number = (field: 'weight' | 'floor' | 'target', min?: number) => ({
    title: t(field === 'weight' ? 'review.weight' : `review.whatIf.${field}`),
    key: field,
    render: (_: unknown, row: ProposedItem, index: number) => (
      <InputNumber
        size="small"
        min={min}
        value={row[field]}
        style={{ width: 90 }}
        aria-label={`${text.name(row.metric)} ${field}`}
        data-testid={`proposal-${row.metric}-${field}`}
        onChange={(value) => set(index, field, value)}
      />
    ),
  });
  const unused = (catalog.data ?? []).filter((m) => !rows.some((row) => row.metric === m.id));
  return (
    <Flex vertical gap={8}>
      <Table<ProposedItem>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="metric"
        dataSource={rows}
        columns={[
          { title: t('review.item'), key: 'metric', render: (_, row) => text.name(row.metric) },
          number('weight', 0.1),
          number('floor'),
          number('target'),
          {
            title: '',
            key: 'remove',
            render: (_, row) => (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('review.whatIf.remove')}
                onClick={() => onChange(rows.filter((r) => r.metric !== row.metric))}
              />
            ),
          },
        ]}
      />
      <Select
        showSearch
        value={null}
        placeholder={
          <>
            <PlusOutlined /> {t('review.whatIf.addItem')}
          </>
        }
        style={{ maxWidth: 320 }}
        optionFilterProp="label"
        options={unused.map((m) => ({ value: m.id, label: text.name(m.id) }))}
        onChange={(metric: string) =>
          onChange([...rows, { metric, weight: 10, floor: 0, target: 1, cap: 120, minSample: 5 }])
        }
      />
    </Flex>
  );
}

/** People's old and new totals, grades and ranks; the biggest movers first. */
function WhatIfResult({ result }: { result: WhatIf }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const total = (value: number | null) => (value === null ? '—' : format.number(value, 1));
  const order = new Map(result.movers.map((id, index) => [id, index]));
  const rows = [...result.people].sort(
    (a, b) =>
      (order.get(a.userId) ?? 99) - (order.get(b.userId) ?? 99) ||
      a.userName.localeCompare(b.userName),
  );
  return (
    <Table
      data-testid="what-if-result"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="userId"
      dataSource={rows}
      columns={[
        { title: t('review.person'), dataIndex: 'userName', fixed: 'left' },
        { title: t('review.whatIf.oldTotal'), key: 'old', render: (_, row) => total(row.oldTotal) },
        { title: t('review.whatIf.newTotal'), key: 'new', render: (_, row) => total(row.newTotal) },
        {
          title: t('review.whatIf.change'),
          key: 'change',
          render: (_, row) =>
            row.change === null ? (
              '—'
            ) : (
              <Tag color={row.change > 0 ? 'success' : row.change < 0 ? 'error' : 'default'}>
                {row.change > 0 ? '+' : ''}
                {format.number(row.change, 1)}
              </Tag>
            ),
        },
        {
          title: t('review.whatIf.rank'),
          key: 'rank',
          render: (_, row) => `${row.oldRank ?? '—'} → ${row.newRank ?? '—'}`,
        },
        {
          title: t('review.whatIf.grade'),
          key: 'grade',
          render: (_, row) => `${row.oldGrade ?? '—'} → ${row.newGrade ?? '—'}`,
        },
      ]}
    />
  );
}

function WhatIfEditor({ cycleId, template }: { cycleId: string; template: Template }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = useMetricText();
  const reportError = useErrorReporter();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const unitOf = (metric: string) => text.definition(metric)?.unit;
  const [rows, setRows] = useState<ProposedItem[]>(() =>
    (template.current?.items ?? []).map((item) => ({
      ...item,
      floor: toEntered(unitOf(item.metric), item.floor),
      target: toEntered(unitOf(item.metric), item.target),
    })),
  );
  const [note, setNote] = useState('');
  const items = (): ProposedItem[] =>
    rows.map((row) => ({
      ...row,
      floor: toStored(unitOf(row.metric), row.floor),
      target: toStored(unitOf(row.metric), row.target),
    }));
  const run = useMutation({
    mutationFn: () => runWhatIf(cycleId, { templateId: template.id, items: items() }),
  });
  const adopt = useMutation({
    mutationFn: (result: WhatIf) =>
      adoptWhatIf({
        templateId: template.id,
        baseVersionId: result.baseVersionId,
        items: items(),
        note: note.trim(),
      }),
    onSuccess: (version) => {
      void message.success(t('review.whatIf.adopted', { number: version.number }));
      void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
      run.reset();
      setNote('');
    },
    onError: (error) => reportError(error),
  });
  return (
    <Flex vertical gap={12}>
      <EditorTable rows={rows} onChange={setRows} />
      <div>
        <Button
          type="primary"
          data-testid="run-what-if"
          loading={run.isPending}
          disabled={rows.length === 0}
          onClick={() => run.mutate()}
        >
          {t('review.whatIf.run')}
        </Button>
      </div>
      {run.isError && <Alert type="error" showIcon title={errorText(run.error)} />}
      {run.data && (
        <>
          <Typography.Title level={5}>{t('review.whatIf.movers')}</Typography.Title>
          <WhatIfResult result={run.data} />
          <Input.TextArea
            rows={2}
            maxLength={2000}
            value={note}
            placeholder={t('review.whatIf.note')}
            aria-label={t('review.whatIf.note')}
            data-testid="adopt-note"
            onChange={(event) => setNote(event.target.value)}
          />
          <div>
            <Button
              data-testid="adopt-what-if"
              disabled={note.trim() === ''}
              loading={adopt.isPending}
              onClick={() => run.data && adopt.mutate(run.data)}
            >
              {t('review.whatIf.adopt')}
            </Button>
          </div>
        </>
      )}
    </Flex>
  );
}

/** Rescores one closed cycle under a proposed version of one of its templates. */
export function WhatIfPanel({ review }: { review: QuarterlyReview }) {
  const { t, i18n } = useTranslation();
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: listTemplates });
  const cycle = review.cycles.length === 1 ? review.cycles[0] : undefined;
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId = chosen ?? review.templates[0]?.templateId ?? null;
  const template = templates.data?.find((candidate) => candidate.id === templateId);
  if (!cycle) return <Alert type="info" showIcon title={t('review.whatIf.onlyOne')} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('review.whatIf.intro', { cycle: cycle.name })}
      </Typography.Text>
      <Select
        aria-label={t('review.whatIf.template')}
        data-testid="what-if-template"
        value={templateId}
        style={{ maxWidth: 320 }}
        onChange={setChosen}
        options={review.templates.map((tpl) => ({
          value: tpl.templateId,
          label: i18n.language === 'zh-CN' ? tpl.nameZh : tpl.nameEn,
        }))}
      />
      {template && (
        <WhatIfEditor
          key={`${template.id}:${template.current?.id ?? ''}`}
          cycleId={cycle.id}
          template={template}
        />
      )}
    </Flex>
  );
}
