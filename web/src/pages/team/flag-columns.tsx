import { Button, Flex, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { QualityFlag } from '../../api/quality-api';
import { useFormatters } from '../../components/formatters';
import type { FlagRow } from './flag-groups';

/** Where the flagged record lives: a customer or lead itself, an activity's customer. */
const recordPath = (flag: QualityFlag): string | null => {
  const id = encodeURIComponent(flag.recordId);
  if (flag.entity === 'customer') return `/customers/${id}`;
  if (flag.entity === 'lead') return `/leads/${id}`;
  const customerId = flag.record?.customerId;
  return customerId ? `/customers/${encodeURIComponent(customerId)}` : null;
};

/** A short explanation of what the rule saw, from the flag's detail. */
function useFlagDetail(): (flag: QualityFlag) => string | null {
  const { t } = useTranslation();
  return (flag) => {
    if (flag.field) return t('team.flags.field', { field: flag.field });
    const hours = flag.detail?.delayHours;
    if (typeof hours === 'number') return t('team.flags.delay', { hours });
    return null;
  };
}

const small = { fontSize: 12 } as const;

/** What the team's table adds: whose flag it is, and clearing it. */
export type TeamFlagColumns = {
  names: Map<string, string>;
  onClear: (flag: QualityFlag) => void;
};

/**
 * The columns of the flags table; a group row sums up its findings. Without `team`, the viewer's
 * own flags: no person (always the viewer) and no clearing (never theirs to do).
 */
export function useFlagColumns(team: TeamFlagColumns | null): TableProps<FlagRow>['columns'] {
  const { t } = useTranslation();
  const format = useFormatters();
  const detailOf = useFlagDetail();
  const first = (row: FlagRow) => (row.kind === 'flag' ? row.flag : row.flags[0]);
  const columns: NonNullable<TableProps<FlagRow>['columns']> = [
    {
      key: 'rule',
      title: t('team.flags.rule'),
      render: (_, row) => {
        const flag = first(row);
        if (!flag) return null;
        return (
          <Flex vertical gap={2}>
            <span>
              <Tag>{flag.rule}</Tag>
              {t(`team.flags.rules.${flag.rule}`)}
            </span>
            <Typography.Text type="secondary" style={small}>
              {row.kind === 'group'
                ? t('team.flags.findings', { count: row.flags.length })
                : detailOf(flag)}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'person',
      title: t('team.flags.person'),
      render: (_, row) => {
        const flag = first(row);
        return flag ? (team?.names.get(flag.userId) ?? flag.userId) : null;
      },
    },
    {
      key: 'record',
      title: t('team.flags.record'),
      render: (_, row) => {
        if (row.kind === 'group') return null;
        const { flag } = row;
        const path = recordPath(flag);
        const label = flag.record?.label || t(`team.flags.entities.${flag.entity}`);
        return (
          <Flex vertical gap={0}>
            <Typography.Text type="secondary" style={small}>
              {t(`team.flags.entities.${flag.entity}`)}
            </Typography.Text>
            <Typography.Text ellipsis={{ tooltip: label }} style={{ maxWidth: 260 }}>
              {path ? (
                <Link to={path} data-testid={`flag-record-${flag.id}`}>
                  {label}
                </Link>
              ) : (
                label
              )}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'happened',
      title: t('team.flags.happened'),
      render: (_, row) => {
        if (row.kind === 'group') return null;
        const { flag } = row;
        return flag.record ? (
          <span data-testid={`flag-happened-${flag.id}`}>
            {format.dateTime(flag.record.happenedAt)}
          </span>
        ) : (
          <Typography.Text type="secondary">
            {t('team.flags.foundAt', { time: format.dateTime(flag.createdAt) })}
          </Typography.Text>
        );
      },
    },
    {
      key: 'status',
      title: t('team.flags.status'),
      render: (_, row) => {
        if (row.kind === 'group') return null;
        const { flag } = row;
        return flag.status === 'open' ? (
          <Tag color="warning">{t('team.flags.open')}</Tag>
        ) : (
          <Flex vertical gap={2}>
            <Tag color="success">{t('team.flags.cleared')}</Tag>
            {flag.clearedReason === 'merged' && typeof flag.detail?.mergedInto === 'string' ? (
              <Link
                to={recordPath({ ...flag, recordId: flag.detail.mergedInto }) ?? '/'}
                data-testid={`flag-merge-${flag.id}`}
                style={small}
              >
                {t('search.merge.flagResolved')}
              </Link>
            ) : (
              flag.clearedReason && (
                <Typography.Text type="secondary" style={small}>
                  {flag.clearedReason}
                </Typography.Text>
              )
            )}
          </Flex>
        );
      },
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) =>
        row.kind === 'flag' &&
        row.flag.canClear && (
          <Button
            size="small"
            aria-label={t('team.flags.clearLabel', {
              record: t(`team.flags.entities.${row.flag.entity}`),
            })}
            data-testid={`clear-flag-${row.flag.id}`}
            onClick={() => team?.onClear(row.flag)}
          >
            {t('team.flags.clear')}
          </Button>
        ),
    },
  ];
  return team ? columns : columns.filter((c) => c.key !== 'person' && c.key !== 'actions');
}
