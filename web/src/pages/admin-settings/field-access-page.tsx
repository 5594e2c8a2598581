import { SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Table, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/users-api';
import {
  FIELD_ENTITIES,
  getFieldAccess,
  saveFieldAccess,
  type FieldEntity,
  type FieldRule,
} from '../../api/field-access-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { SettingsPageFrame } from './settings-page-frame';

const QUERY_KEY = ['settings', 'field-access'] as const;
const CHOICES = ['editable', 'editable_masked', 'read_only', 'read_only_masked', 'hidden'] as const;
type Choice = (typeof CHOICES)[number];
const MASKABLE = new Set(['phone', 'email']);

const keyOf = (role: Role, entity: FieldEntity, field: string) => `${role}/${entity}/${field}`;

function choiceOf(rule: FieldRule | undefined): Choice {
  if (!rule) return 'editable';
  if (rule.mode === 'hidden') return 'hidden';
  return rule.masked ? `${rule.mode}_masked` : rule.mode;
}

function ruleOf(role: Role, entity: FieldEntity, field: string, choice: Choice): FieldRule {
  const masked = choice.endsWith('_masked');
  const mode =
    choice === 'hidden' ? 'hidden' : choice.startsWith('read_only') ? 'read_only' : 'editable';
  return { role, entity, field, mode, masked };
}

/** Per role: which fields of customers, contacts and leads are editable, read-only, hidden or masked. */
export function FieldAccessPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: QUERY_KEY, queryFn: getFieldAccess });
  const saved = useMemo(
    () =>
      new Map(
        (settings.data?.rules ?? []).map((r) => [keyOf(r.role, r.entity, r.field), choiceOf(r)]),
      ),
    [settings.data],
  );
  /** The choices changed on this page since the settings were loaded or saved. */
  const [edits, setEdits] = useState<Map<string, Choice>>(new Map());
  const choiceAt = (key: string): Choice => edits.get(key) ?? saved.get(key) ?? 'editable';
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!settings.data) return;
    setSaving(true);
    try {
      const rules: FieldRule[] = [];
      for (const entity of FIELD_ENTITIES)
        for (const field of settings.data.fields[entity])
          for (const role of ROLES) {
            const choice = choiceAt(keyOf(role, entity, field));
            if (choice !== 'editable') rules.push(ruleOf(role, entity, field, choice));
          }
      queryClient.setQueryData(QUERY_KEY, await saveFieldAccess(rules));
      setEdits(new Map());
      void message.success(t('fieldAccess.saved'));
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  const table = (entity: FieldEntity) => (
    <Table<{ field: string }>
      rowKey="field"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={(settings.data?.fields[entity] ?? []).map((field) => ({ field }))}
      columns={[
        {
          title: t('fieldAccess.field'),
          dataIndex: 'field',
          fixed: 'left',
          width: 120,
          render: (field: string) => t(`fieldAccess.fields.${field}`, { defaultValue: field }),
        },
        ...ROLES.map((role) => ({
          title: t(`roles.${role}`),
          key: role,
          render: (_: unknown, { field }: { field: string }) => (
            <Select<Choice>
              size="small"
              style={{ minWidth: 150 }}
              data-testid={`field-access-${entity}-${field}-${role}`}
              value={choiceAt(keyOf(role, entity, field))}
              options={CHOICES.filter((c) => MASKABLE.has(field) || !c.endsWith('_masked')).map(
                (c) => ({ value: c, label: t(`fieldAccess.choices.${c}`) }),
              )}
              onChange={(choice) =>
                setEdits((before) => new Map(before).set(keyOf(role, entity, field), choice))
              }
            />
          ),
        })),
      ]}
    />
  );

  return (
    <SettingsPageFrame
      title={t('fieldAccess.title')}
      intro={t('fieldAccess.intro')}
      query={settings}
      testId="field-access-page"
    >
      <Card>
        <Tabs
          items={FIELD_ENTITIES.map((entity) => ({
            key: entity,
            label: t(`fieldAccess.entities.${entity}`),
            children: table(entity),
          }))}
        />
        <Flex justify="end" style={{ marginTop: 16 }}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            onClick={() => void save()}
            data-testid="save-field-access"
          >
            {t('common.save')}
          </Button>
        </Flex>
      </Card>
    </SettingsPageFrame>
  );
}
