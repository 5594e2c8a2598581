import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Segmented, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { clearFlag, listFlags } from '../../api/quality-api';
import type { FlagQuery, FlagStatus, QualityFlag } from '../../api/quality-api';
import { listAllUsers } from '../../api/users-api';
import { FormDialog } from '../../components/form-dialog';
import { useFormatters } from '../../components/formatters';
import { useErrorText } from '../../components/use-error-reporter';

const FLAGS_KEY = ['quality', 'flags'] as const;

const recordPath = (flag: QualityFlag): string | null => {
  const id = encodeURIComponent(flag.recordId);
  if (flag.entity === 'customer') return `/customers/${id}`;
  if (flag.entity === 'lead') return `/leads/${id}`;
  return null;
};

/** A short explanation of what the rule saw, from the flag's detail. */
function useFlagDetail(): (flag: QualityFlag) => string | null {
  const { t } = useTranslation();
  return (flag) => {
    if (flag.field) return t('team.flags.field', { field: flag.field });
    const hours = flag.detail?.delayHours;
    if (typeof hours === 'number') return t('team.flags.delay', { hours });
    const content = flag.detail?.content;
    return typeof content === 'string' ? `“${content}”` : null;
  };
}

/** Data-quality flags on my people's records: review them and clear genuine ones with a reason. */
export function QualityFlagsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const errorText = useErrorText();
  const detailOf = useFlagDetail();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<FlagQuery>({ page: 1, pageSize: 20, status: 'open' });
  const flags = useQuery({
    queryKey: [...FLAGS_KEY, query],
    queryFn: () => listFlags(query),
    placeholderData: keepPreviousData,
  });
  const users = useQuery({ queryKey: ['users', 'directory'], queryFn: listAllUsers });
  const names = useMemo(() => new Map(users.data?.map((u) => [u.id, u.name])), [users.data]);
  const [clearing, setClearing] = useState<QualityFlag | null>(null);

  const columns: TableProps<QualityFlag>['columns'] = [
    {
      key: 'rule',
      title: t('team.flags.rule'),
      render: (_, flag) => (
        <Flex vertical gap={2}>
          <span>
            <Tag>{flag.rule}</Tag>
            {t(`team.flags.rules.${flag.rule}`)}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {detailOf(flag)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'record',
      title: t('team.flags.record'),
      render: (_, flag) => {
        const path = recordPath(flag);
        const label = t(`team.flags.entities.${flag.entity}`);
        return path ? <Link to={path}>{label}</Link> : label;
      },
    },
    {
      key: 'person',
      title: t('team.flags.person'),
      render: (_, flag) => names.get(flag.userId) ?? flag.userId,
    },
    {
      key: 'found',
      title: t('team.flags.found'),
      render: (_, flag) => format.dateTime(flag.createdAt),
    },
    {
      key: 'status',
      title: t('team.flags.status'),
      render: (_, flag) =>
        flag.status === 'open' ? (
          <Tag color="warning">{t('team.flags.open')}</Tag>
        ) : (
          <Flex vertical gap={2}>
            <Tag color="success">{t('team.flags.cleared')}</Tag>
            {flag.clearedReason === 'merged' && typeof flag.detail?.mergedInto === 'string' ? (
              <Link
                to={recordPath({ ...flag, recordId: flag.detail.mergedInto }) ?? '/'}
                data-testid={`flag-merge-${flag.id}`}
                style={{ fontSize: 12 }}
              >
                {t('search.merge.flagResolved')}
              </Link>
            ) : (
              flag.clearedReason && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {flag.clearedReason}
                </Typography.Text>
              )
            )}
          </Flex>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, flag) =>
        flag.canClear && (
          <Button
            size="small"
            aria-label={t('team.flags.clearLabel', {
              record: t(`team.flags.entities.${flag.entity}`),
            })}
            data-testid={`clear-flag-${flag.id}`}
            onClick={() => setClearing(flag)}
          >
            {t('team.flags.clear')}
          </Button>
        ),
    },
  ];

  const submit = async ({ reason }: { reason: string }) => {
    if (!clearing) return;
    try {
      await clearFlag(clearing.id, reason.trim());
      void message.success(t('team.flags.clearedOk'));
    } finally {
      void queryClient.invalidateQueries({ queryKey: FLAGS_KEY });
    }
  };

  return (
    <Flex vertical gap={16}>
      <Segmented<FlagStatus | 'all'>
        data-testid="flag-status"
        value={query.status ?? 'all'}
        onChange={(status) =>
          setQuery((current) => ({
            ...current,
            page: 1,
            status: status === 'all' ? undefined : status,
          }))
        }
        options={[
          { value: 'open', label: t('team.flags.open') },
          { value: 'cleared', label: t('team.flags.cleared') },
          { value: 'all', label: t('team.flags.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {flags.isError && <Alert type="error" showIcon title={errorText(flags.error)} />}
      <Table<QualityFlag>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={flags.data?.items}
        loading={flags.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('team.flags.empty') }}
        data-testid="quality-flags"
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: flags.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((current) => ({ ...current, page, pageSize })),
        }}
      />
      <FormDialog<{ reason: string }>
        open={clearing !== null}
        title={t('team.flags.clearTitle')}
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
