import { DiffOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Spin, Table, Tabs, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTemplateVersions, listTemplates } from '../../api/appraisal-admin-api';
import type { Template, TemplateItem, TemplateVersion } from '../../api/appraisal-admin-api';
import { useFormatters } from '../../components/formatters';
import { PageHeading } from '../../components/page-heading';
import { useErrorText } from '../../components/use-error-reporter';
import { useMetricText } from '../appraisal/appraisal-data';
import { TemplateDiff } from './template-diff';
import { TemplateEditor } from './template-editor';

const TEMPLATES_KEY = ['appraisal', 'templates'] as const;

/** Scorecard templates per role: the current items, editing into a new version, the history. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: listTemplates });
  const [picked, setPicked] = useState<string | null>(null);
  const list = templates.data ?? [];
  const template = list.find((candidate) => candidate.id === picked) ?? list[0];
  const nameOf = (tpl: Template) => (i18n.language === 'zh-CN' ? tpl.nameZh : tpl.nameEn);

  return (
    <>
      <PageHeading title={t('appraisalAdmin.templates.title')} />
      {templates.isPending && <Spin />}
      {templates.isError && <Alert type="error" showIcon title={errorText(templates.error)} />}
      {templates.isSuccess && list.length === 0 && (
        <Empty description={t('appraisalAdmin.templates.empty')} />
      )}
      {template && (
        <Card>
          <Tabs
            activeKey={template.id}
            onChange={setPicked}
            items={list.map((tpl) => ({
              key: tpl.id,
              label: <span data-testid={`template-tab-${tpl.key}`}>{nameOf(tpl)}</span>,
            }))}
          />
          <TemplateDetail key={template.id} template={template} name={nameOf(template)} />
        </Card>
      )}
    </>
  );
}

function TemplateDetail({ template, name }: { template: Template; name: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useMetricText();
  const queryClient = useQueryClient();
  const versions = useQuery({
    queryKey: [...TEMPLATES_KEY, template.id, 'versions'],
    queryFn: () => listTemplateVersions(template.id),
  });
  const [editing, setEditing] = useState(false);
  const [pair, setPair] = useState<{ from: TemplateVersion; to: TemplateVersion } | null>(null);
  const current = template.current;

  const itemColumns: TableProps<TemplateItem>['columns'] = [
    {
      key: 'metric',
      title: t('appraisalAdmin.templates.metric'),
      render: (_, item) => text.name(item.metric),
    },
    {
      key: 'weight',
      dataIndex: 'weight',
      title: t('appraisalAdmin.templates.weight'),
      align: 'right',
    },
    {
      key: 'floor',
      title: t('appraisalAdmin.templates.floor'),
      align: 'right',
      render: (_, item) => text.value(item.metric, item.floor),
    },
    {
      key: 'target',
      title: t('appraisalAdmin.templates.target'),
      align: 'right',
      render: (_, item) => text.value(item.metric, item.target),
    },
    { key: 'cap', dataIndex: 'cap', title: t('appraisalAdmin.templates.cap'), align: 'right' },
    {
      key: 'minSample',
      dataIndex: 'minSample',
      title: t('appraisalAdmin.templates.minSample'),
      align: 'right',
    },
  ];

  const all = versions.data ?? [];
  const versionColumns: TableProps<TemplateVersion>['columns'] = [
    {
      key: 'number',
      title: t('appraisalAdmin.templates.versions'),
      render: (_, version) => (
        <Flex gap={4}>
          {t('appraisalAdmin.templates.version', { number: version.number })}
          {version.id === current?.id && (
            <Tag color="blue">{t('appraisalAdmin.templates.current')}</Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'note',
      title: t('appraisalAdmin.templates.note'),
      render: (_, version) => version.note,
    },
    {
      key: 'at',
      title: t('appraisalAdmin.templates.author'),
      render: (_, version) => format.dateTime(version.createdAt),
    },
    {
      key: 'diff',
      title: t('common.actions'),
      render: (_, version) => {
        const previous = all.find((candidate) => candidate.number === version.number - 1);
        return previous ? (
          <Button
            type="link"
            size="small"
            icon={<DiffOutlined />}
            aria-label={t('appraisalAdmin.templates.compareLabel', { number: version.number })}
            data-testid={`diff-${version.number}`}
            onClick={() => setPair({ from: previous, to: version })}
          >
            {t('appraisalAdmin.templates.compare')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('appraisalAdmin.templates.first')}</Typography.Text>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid="current-version">
            {current ? t('appraisalAdmin.templates.version', { number: current.number }) : '—'}
            {current?.note ? ` · ${current.note}` : ''}
          </Typography.Text>
          {current && (
            <Typography.Text type="secondary">
              {t('appraisalAdmin.templates.grades', current.grades)}
            </Typography.Text>
          )}
        </Flex>
        <Button
          type="primary"
          icon={<EditOutlined />}
          data-testid="edit-template"
          onClick={() => setEditing(true)}
        >
          {t('appraisalAdmin.templates.edit')}
        </Button>
      </Flex>
      <Table<TemplateItem>
        rowKey="metric"
        size="small"
        columns={itemColumns}
        dataSource={current?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="template-items"
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('appraisalAdmin.templates.versions')}
      </Typography.Title>
      <Table<TemplateVersion>
        rowKey="id"
        size="small"
        columns={versionColumns}
        dataSource={all}
        loading={versions.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="template-versions"
      />
      <TemplateEditor
        key={current?.id}
        template={template}
        name={name}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY })}
      />
      <TemplateDiff pair={pair} onClose={() => setPair(null)} />
    </Flex>
  );
}
