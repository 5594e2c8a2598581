import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTemplateVersion } from '../../api/appraisal-admin-api';
import type { Template, TemplateItem } from '../../api/appraisal-admin-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { useMetricCatalog, useMetricText } from '../appraisal/appraisal-data';
import { toEntered, toStored } from '../admin-settings/target-values';

type EditorValues = { items: TemplateItem[]; note: string };

type TemplateEditorProps = {
  template: Template;
  name: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
};

const NUMBER_FIELDS = ['weight', 'floor', 'target', 'cap', 'minSample'] as const;
/** Fields in the metric's own unit: entered as people say them (80 %, ¥50,000), stored raw. */
const UNIT_FIELDS = new Set<string>(['floor', 'target']);

type Unit = string | undefined;
const convertItem = (
  item: TemplateItem,
  unit: Unit,
  convert: (unit: Unit, value: number) => number,
): TemplateItem => ({
  ...item,
  floor: convert(unit, item.floor),
  target: convert(unit, item.target),
});

/** Edits a template's items; saving always creates a new version, with a note. */
export function TemplateEditor({ template, name, open, onClose, onSaved }: TemplateEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const reportError = useErrorReporter();
  const catalog = useMetricCatalog();
  const text = useMetricText();
  const [saving, setSaving] = useState(false);
  const nextNumber = (template.current?.number ?? 0) + 1;
  const unitOf = (metric: string | undefined) =>
    metric ? text.definition(metric)?.unit : undefined;
  const items = Form.useWatch('items', form);
  const weightTotal = (items ?? []).reduce((sum, item) => sum + (item?.weight ?? 0), 0);

  const finish = async (values: EditorValues) => {
    setSaving(true);
    try {
      const saved = await createTemplateVersion(template.id, {
        items: values.items.map((item) => convertItem(item, unitOf(item.metric), toStored)),
        note: values.note.trim(),
        ...(template.current ? { grades: template.current.grades } : {}),
      });
      void message.success(t('appraisalAdmin.templates.saved', { number: saved.number, name }));
      onSaved();
      onClose();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      // The form converts targets by the metrics' units: it opens once the catalog is there.
      open={open && catalog.data !== undefined}
      title={t('appraisalAdmin.templates.editTitle', { name, number: nextNumber })}
      onCancel={onClose}
      width={920}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: saving, 'data-testid': 'save-template' }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<EditorValues>
          form={form}
          layout="vertical"
          initialValues={{
            items: (template.current?.items ?? []).map((item) =>
              convertItem(item, unitOf(item.metric), toEntered),
            ),
            note: '',
          }}
          onFinish={(values) => void finish(values)}
          preserve={false}
        >
          {dialog}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">
        {t('appraisalAdmin.templates.editHint')} {t('appraisalAdmin.templates.ratioHint')}
      </Typography.Paragraph>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start" data-testid="template-item">
                <Form.Item
                  name={[field.name, 'metric']}
                  label={t('appraisalAdmin.templates.metric')}
                  rules={[{ required: true }]}
                  style={{ width: 240, marginBottom: 8 }}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={catalog.isPending}
                    options={(catalog.data ?? []).map((metric) => ({
                      value: metric.id,
                      label: text.name(metric.id),
                    }))}
                  />
                </Form.Item>
                {NUMBER_FIELDS.map((key) => {
                  const unit = UNIT_FIELDS.has(key)
                    ? unitOf(items?.[field.name]?.metric)
                    : undefined;
                  return (
                    <Form.Item
                      key={key}
                      name={[field.name, key]}
                      label={t(`appraisalAdmin.templates.${key}`)}
                      rules={[{ required: true }]}
                      style={{ width: unit === 'money' ? 128 : 96, marginBottom: 8 }}
                    >
                      <InputNumber
                        style={{ width: '100%' }}
                        prefix={
                          unit === 'money' ? t('adminSettings.targets.units.money') : undefined
                        }
                        suffix={
                          unit === 'percent' ? t('adminSettings.targets.units.percent') : undefined
                        }
                        data-testid={`item-${field.name}-${key}`}
                      />
                    </Form.Item>
                  );
                })}
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('appraisalAdmin.templates.removeItem')}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Typography.Text
              type={weightTotal === 100 ? 'secondary' : 'warning'}
              data-testid="weight-total"
            >
              {t(
                weightTotal === 100
                  ? 'appraisalAdmin.templates.weightTotal'
                  : 'appraisalAdmin.templates.weightTotalOff',
                { total: weightTotal },
              )}
            </Typography.Text>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ weight: 5, floor: 0, target: 1, cap: 120, minSample: 5 })}
            >
              {t('appraisalAdmin.templates.addItem')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item
        name="note"
        label={t('appraisalAdmin.templates.changeNote')}
        rules={[{ required: true, whitespace: true }]}
        style={{ marginTop: 16 }}
      >
        <Input.TextArea rows={2} maxLength={2000} data-testid="template-note" />
      </Form.Item>
    </Modal>
  );
}
