import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Segmented, Select, Table, Typography } from 'antd';
import type { Key } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALITY_RULES, clearFlag, clearFlags, listFlags } from '../../api/quality-api';
import type { FlagQuery, FlagStatus, QualityFlag, QualityRule } from '../../api/quality-api';
import { listAllUsers } from '../../api/users-api';
import { FormDialog } from '../../components/form-dialog';
import { useErrorText } from '../../components/use-error-reporter';
import { useFlagColumns } from './flag-columns';
import { groupFlags, selectedFlagIds } from './flag-groups';

const FLAGS_KEY = ['quality', 'flags'] as const;

/** What the reason dialog clears: one flag, or the selected ones. */
type Clearing = { kind: 'one'; flag: QualityFlag } | { kind: 'many'; ids: string[] };

/**
 * Data-quality flags on my people's records: filter by person and rule, see repeated findings
 * together, and clear genuine ones with a reason, one by one or in bulk.
 */
export function QualityFlagsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<FlagQuery>({ page: 1, pageSize: 100, status: 'open' });
  const flags = useQuery({
    queryKey: [...FLAGS_KEY, query],
    queryFn: () => listFlags(query),
    placeholderData: keepPreviousData,
  });
  const users = useQuery({ queryKey: ['users', 'directory'], queryFn: listAllUsers });
  const names = useMemo(() => new Map(users.data?.map((u) => [u.id, u.name])), [users.data]);
  const rows = useMemo(() => groupFlags(flags.data?.items ?? []), [flags.data]);
  const [selected, setSelected] = useState<Key[]>([]);
  const [clearing, setClearing] = useState<Clearing | null>(null);
  const columns = useFlagColumns({
    names,
    onClear: (flag) => setClearing({ kind: 'one', flag }),
  });
  const selectedIds = selectedFlagIds(rows, selected);

  const filter = (change: Partial<FlagQuery>) => {
    setSelected([]);
    setQuery((current) => ({ ...current, ...change, page: 1 }));
  };

  const submit = async ({ reason }: { reason: string }) => {
    if (!clearing) return;
    try {
      if (clearing.kind === 'one') {
        await clearFlag(clearing.flag.id, reason.trim());
        void message.success(t('team.flags.clearedOk'));
      } else {
        const done = await clearFlags(clearing.ids, reason.trim());
        void message.success(t('team.flags.clearedMany', { count: done.cleared }));
        setSelected([]);
      }
    } finally {
      void queryClient.invalidateQueries({ queryKey: FLAGS_KEY });
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <Segmented<FlagStatus | 'all'>
          data-testid="flag-status"
          value={query.status ?? 'all'}
          onChange={(status) => filter({ status: status === 'all' ? undefined : status })}
          options={[
            { value: 'open', label: t('team.flags.open') },
            { value: 'cleared', label: t('team.flags.cleared') },
            { value: 'all', label: t('team.flags.all') },
          ]}
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('team.flags.allPeople')}
          value={query.userId}
          onChange={(userId) => filter({ userId })}
          options={users.data?.map((u) => ({ value: u.id, label: u.name }))}
          style={{ minWidth: 160 }}
          data-testid="flag-person"
        />
        <Select<QualityRule>
          allowClear
          placeholder={t('team.flags.allRules')}
          value={query.rule}
          onChange={(rule) => filter({ rule })}
          options={QUALITY_RULES.map((rule) => ({
            value: rule,
            label: `${rule} ${t(`team.flags.rules.${rule}`)}`,
          }))}
          style={{ minWidth: 180 }}
          data-testid="flag-rule"
        />
        <Button
          type="primary"
          disabled={selectedIds.length === 0}
          onClick={() => setClearing({ kind: 'many', ids: selectedIds })}
          data-testid="clear-selected"
        >
          {t('team.flags.clearSelected', { count: selectedIds.length })}
        </Button>
      </Flex>
      {flags.isError && <Alert type="error" showIcon title={errorText(flags.error)} />}
      <Table
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={flags.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('team.flags.empty') }}
        data-testid="quality-flags"
        rowSelection={{
          selectedRowKeys: selected,
          onChange: setSelected,
          getCheckboxProps: (row) => ({
            disabled:
              row.kind === 'flag' ? !row.flag.canClear : row.flags.every((f) => !f.canClear),
          }),
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: flags.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => {
            setSelected([]);
            setQuery((current) => ({ ...current, page }));
          },
        }}
      />
      <FormDialog<{ reason: string }>
        open={clearing !== null}
        title={
          clearing?.kind === 'many'
            ? t('team.flags.clearManyTitle', { count: clearing.ids.length })
            : t('team.flags.clearTitle')
        }
        onSubmit={submit}
        onClose={() => setClearing(null)}
      >
        <Typography.Paragraph type="secondary">{t('team.flags.clearHint')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('team.flags.reason')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus data-testid="clear-reason" />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
