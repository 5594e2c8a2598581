import { App, Flex, Form, Input, Modal, Radio, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGGREGATE_KINDS,
  METRIC_UNITS,
  createCustomMetric,
  updateCustomMetric,
} from '../../api/admin-settings-api';
import type {
  CustomMetric,
  EntityFields,
  FieldType,
  MetricUnit,
} from '../../api/admin-settings-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { ConditionList } from './condition-list';
import {
  NEW_METRIC,
  defaultFields,
  fieldTypesOf,
  fromMetric,
  toMetricFields,
} from './metric-form-values';
import type { AggregateKind, MetricFormValues } from './metric-form-values';
import { useEntityLabel, useFieldLabel } from './metric-labels';

type CustomMetricDialogProps = {
  open: boolean;
  /** The metric being edited; absent when defining a new one. */
  metric?: CustomMetric;
  catalogue: EntityFields[];
  onSaved: (metric: CustomMetric) => void;
  onClose: () => void;
};

/** The structured editor of a custom metric: names, unit, records, conditions, aggregate, owner, time. */
export function CustomMetricDialog({
  open,
  metric,
  catalogue,
  onSaved,
  onClose,
}: CustomMetricDialogProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const fieldLabel = useFieldLabel();
  const entityLabel = useEntityLabel();
  const [form] = Form.useForm<MetricFormValues>();
  const [saving, setSaving] = useState(false);
  const [initial] = useState(() => {
    if (metric) return fromMetric(metric, catalogue);
    const entity = catalogue[0]?.entity ?? '';
    const values: MetricFormValues = {
      ...NEW_METRIC,
      definition: {
        ...NEW_METRIC.definition,
        entity,
        ownerField: '',
        timeField: '',
        ...defaultFields(fieldTypesOf(catalogue, entity)),
      },
    };
    return { values, nested: { filter: [], numerator: [] } };
  });
  const entity = Form.useWatch(['definition', 'entity'], form) ?? initial.values.definition.entity;
  const kind =
    Form.useWatch(['definition', 'aggregate', 'kind'], form) ??
    initial.values.definition.aggregate.kind;
  const types = fieldTypesOf(catalogue, entity);
  const fieldsOf = (wanted: FieldType[]) =>
    [...types]
      .filter(([, type]) => wanted.includes(type))
      .map(([name]) => ({ value: name, label: fieldLabel(name) }));
  const hasNested = initial.nested.filter.length + initial.nested.numerator.length > 0;

  const changeEntity = (next: string) => {
    const nextTypes = fieldTypesOf(catalogue, next);
    form.setFieldValue(['definition', 'filter', 'conditions'], []);
    form.setFieldValue(['definition', 'aggregate', 'numerator', 'conditions'], []);
    form.setFieldValue(['definition', 'aggregate', 'field'], undefined);
    const defaults = defaultFields(nextTypes);
    form.setFieldValue(['definition', 'ownerField'], defaults.ownerField);
    form.setFieldValue(['definition', 'timeField'], defaults.timeField);
  };

  const finish = async (values: MetricFormValues) => {
    setSaving(true);
    try {
      const fields = toMetricFields(
        values,
        types,
        entity === initial.values.definition.entity
          ? initial.nested
          : { filter: [], numerator: [] },
      );
      const saved = metric
        ? await updateCustomMetric(metric.id, {
            ...fields,
            version: metric.version,
            active: values.active,
          })
        : await createCustomMetric({ ...fields, key: values.key.trim() });
      const name = i18n.language === 'zh-CN' ? saved.nameZh : saved.nameEn;
      void message.success(
        t(metric ? 'adminSettings.customMetrics.saved' : 'adminSettings.customMetrics.created', {
          name,
        }),
      );
      onSaved(saved);
      onClose();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  const title = metric
    ? t('adminSettings.customMetrics.editTitle', {
        name: i18n.language === 'zh-CN' ? metric.nameZh : metric.nameEn,
      })
    : t('adminSettings.customMetrics.createTitle');

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={960}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: saving, 'data-testid': 'save-custom-metric' }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<MetricFormValues>
          form={form}
          layout="vertical"
          initialValues={initial.values}
          onFinish={(values) => void finish(values)}
          preserve={false}
        >
          {dialog}
        </Form>
      )}
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="key"
          label={t('adminSettings.customMetrics.key')}
          extra={metric ? undefined : t('adminSettings.customMetrics.keyHint')}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: '1 1 240px' }}
        >
          <Input
            disabled={Boolean(metric)}
            maxLength={41}
            autoComplete="off"
            data-testid="metric-key"
          />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('adminSettings.customMetrics.nameZh')}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={100} autoComplete="off" data-testid="metric-name-zh" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('adminSettings.customMetrics.nameEn')}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={100} autoComplete="off" data-testid="metric-name-en" />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name="unit"
          label={t('adminSettings.customMetrics.unit')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 160px' }}
        >
          <Select
            options={METRIC_UNITS.map((unit) => ({
              value: unit,
              label: t(`adminSettings.customMetrics.units.${unit}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="dir"
          label={t('adminSettings.customMetrics.direction')}
          style={{ flex: '1 1 260px' }}
        >
          <Radio.Group
            options={[
              { value: '+', label: t('adminSettings.customMetrics.directions.+') },
              { value: '-', label: t('adminSettings.customMetrics.directions.-') },
            ]}
          />
        </Form.Item>
        {metric && (
          <Form.Item
            name="active"
            label={t('adminSettings.customMetrics.activeSwitch')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name={['definition', 'entity']}
          label={t('adminSettings.customMetrics.entity')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 180px' }}
        >
          <Select
            data-testid="metric-entity"
            onChange={changeEntity}
            options={catalogue.map((item) => ({
              value: item.entity,
              label: entityLabel(item.entity),
            }))}
          />
        </Form.Item>
        <Form.Item
          name={['definition', 'ownerField']}
          label={t('adminSettings.customMetrics.ownerField')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 180px' }}
        >
          <Select data-testid="metric-owner-field" options={fieldsOf(['user'])} />
        </Form.Item>
        <Form.Item
          name={['definition', 'timeField']}
          label={t('adminSettings.customMetrics.timeField')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 180px' }}
        >
          <Select data-testid="metric-time-field" options={fieldsOf(['timestamp', 'date'])} />
        </Form.Item>
      </Flex>
      {hasNested && (
        <Typography.Paragraph type="warning">
          {t('adminSettings.customMetrics.nestedNotEditable')}
        </Typography.Paragraph>
      )}
      <ConditionList
        path={['definition', 'filter']}
        label={t('adminSettings.customMetrics.filter')}
        types={types}
        testId="filter"
      />
      <Flex gap={16} wrap style={{ marginTop: 16 }}>
        <Form.Item
          name={['definition', 'aggregate', 'kind']}
          label={t('adminSettings.customMetrics.aggregate')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 240px' }}
        >
          <Select
            data-testid="metric-aggregate"
            // A share is a percentage; the unit follows unless someone changes it afterwards.
            onChange={(next: AggregateKind) =>
              next === 'ratio' && form.setFieldValue('unit', 'percent' satisfies MetricUnit)
            }
            options={AGGREGATE_KINDS.map((aggregate) => ({
              value: aggregate,
              label: t(`adminSettings.customMetrics.aggregates.${aggregate}`),
            }))}
          />
        </Form.Item>
        {(kind === 'sum' || kind === 'avg') && (
          <Form.Item
            name={['definition', 'aggregate', 'field']}
            label={t('adminSettings.customMetrics.aggregateField')}
            rules={[{ required: true }]}
            style={{ flex: '1 1 240px' }}
          >
            <Select
              data-testid="metric-aggregate-field"
              options={fieldsOf(['number', 'money', 'flag'])}
            />
          </Form.Item>
        )}
      </Flex>
      {kind === 'ratio' && (
        <ConditionList
          path={['definition', 'aggregate', 'numerator']}
          label={t('adminSettings.customMetrics.numerator')}
          types={types}
          testId="numerator"
        />
      )}
    </Modal>
  );
}
