import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Segmented, Table, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listFlags } from '../../api/quality-api';
import type { FlagQuery, FlagStatus } from '../../api/quality-api';
import { useErrorText } from '../../components/use-error-reporter';
import { useFlagColumns } from '../team/flag-columns';
import { groupFlags } from '../team/flag-groups';

/**
 * The data-quality flags on my own records, one row per rule: why a record looks doubtful and
 * whether it was cleared. Only someone else clears a flag (the team's page), so none here can.
 * `focused`: the page was opened for them (a notification of new flags): scrolled into view.
 */
export function MyFlagsCard({ userId, focused }: { userId: string; focused: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<FlagStatus | 'all'>('open');
  const [page, setPage] = useState(1);
  const query: FlagQuery = {
    page,
    pageSize: 100,
    userId,
    ...(status === 'all' ? {} : { status }),
  };
  const flags = useQuery({
    queryKey: ['quality', 'flags', query],
    queryFn: () => listFlags(query),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => groupFlags(flags.data?.items ?? []), [flags.data]);
  const columns = useFlagColumns(null);
  const card = useRef<HTMLDivElement>(null);
  const loaded = flags.isSuccess;
  useEffect(() => {
    if (focused && loaded) card.current?.scrollIntoView({ block: 'start' });
  }, [focused, loaded]);
  return (
    <Card ref={card} title={t('appraisal.flags.title')} data-testid="my-flags">
      <Typography.Paragraph type="secondary">{t('appraisal.flags.hint')}</Typography.Paragraph>
      <Flex style={{ marginBottom: 12 }}>
        <Segmented<FlagStatus | 'all'>
          size="small"
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPage(1);
          }}
          options={[
            { value: 'open', label: t('team.flags.open') },
            { value: 'cleared', label: t('team.flags.cleared') },
            { value: 'all', label: t('team.flags.all') },
          ]}
          data-testid="my-flags-status"
        />
      </Flex>
      {flags.isError && <Alert type="error" showIcon title={errorText(flags.error)} />}
      <Table
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={flags.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: t(status === 'open' ? 'appraisal.flags.noneOpen' : 'appraisal.flags.none'),
        }}
        pagination={{
          current: page,
          pageSize: 100,
          total: flags.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
    </Card>
  );
}
