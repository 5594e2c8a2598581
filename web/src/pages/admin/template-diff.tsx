import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Modal, Spin, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffVersions } from '../../api/appraisal-admin-api';
import type { ItemChange, TemplateItem, TemplateVersion } from '../../api/appraisal-admin-api';
import { useErrorText } from '../../components/use-error-reporter';
import { useMetricText } from '../appraisal/appraisal-data';

const CHANGE_COLORS = { added: 'green', removed: 'red', changed: 'blue' } as const;

const FIELDS = ['weight', 'floor', 'target', 'cap', 'minSample'] as const;
type Field = (typeof FIELDS)[number];

function describe(item: TemplateItem | null, label: (field: Field) => string): string {
  if (!item) return '—';
  return FIELDS.map((field) => `${label(field)} ${item[field]}`).join(' · ');
}

type TemplateDiffProps = {
  /** The version to explain and the one before it. */
  pair: { from: TemplateVersion; to: TemplateVersion } | null;
  onClose: () => void;
};

/** What changed, item by item, between two versions of a template. */
export function TemplateDiff({ pair, onClose }: TemplateDiffProps) {
  const { t } = useTranslation();
  const text = useMetricText();
  const errorText = useErrorText();
  const label = (field: Field) => t(`appraisalAdmin.templates.${field}`);
  const diff = useQuery({
    queryKey: ['appraisal', 'template-diff', pair?.from.id, pair?.to.id],
    queryFn: () => diffVersions(pair?.from.id ?? '', pair?.to.id ?? ''),
    enabled: pair !== null,
  });

  const columns: TableProps<ItemChange>['columns'] = [
    {
      key: 'change',
      title: '',
      render: (_, row) => (
        <Tag color={CHANGE_COLORS[row.change]}>
          {t(`appraisalAdmin.templates.change.${row.change}`)}
        </Tag>
      ),
    },
    {
      key: 'metric',
      title: t('appraisalAdmin.templates.metric'),
      render: (_, row) => text.name(row.metric),
    },
    {
      key: 'before',
      title: t('appraisalAdmin.templates.before'),
      render: (_, row) => describe(row.before, label),
    },
    {
      key: 'after',
      title: t('appraisalAdmin.templates.after'),
      render: (_, row) => describe(row.after, label),
    },
  ];

  return (
    <Modal
      open={pair !== null}
      onCancel={onClose}
      footer={null}
      width={900}
      title={
        pair
          ? t('appraisalAdmin.templates.diffTitle', {
              number: pair.to.number,
              from: pair.from.number,
            })
          : ''
      }
      destroyOnHidden
    >
      {diff.isPending && <Spin />}
      {diff.isError && <Alert type="error" showIcon title={errorText(diff.error)} />}
      {diff.isSuccess &&
        (diff.data.length === 0 ? (
          <Empty description={t('appraisalAdmin.templates.noChanges')} />
        ) : (
          <Table<ItemChange>
            rowKey="metric"
            size="small"
            columns={columns}
            dataSource={diff.data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="template-diff"
          />
        ))}
    </Modal>
  );
}
