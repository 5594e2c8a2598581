import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '../../api/customers-api';
import { useFormat } from '../../components/format';
import type { RecordColumn } from '../../components/record-table';
import { STATUS_COLORS } from './customer-labels';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** The customers list's columns; the pool reuses them with `poolEnteredAt` instead of the owner. */
export function useCustomerColumns(variant: 'customers' | 'pool'): RecordColumn<Customer>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (value: string | null) => value ?? dash;
  const time = (value: string | null) => (value ? format.dateTime(value) : dash);

  const columns: (RecordColumn<Customer> | false)[] = [
    {
      key: 'name',
      title: t('customers.fields.name'),
      sortKey: 'name',
      fixed: 'left',
      render: (_, customer) =>
        variant === 'customers' ? (
          <Link to={`/customers/${customer.id}`} data-testid={`customer-link-${customer.id}`}>
            {customer.name}
          </Link>
        ) : (
          customer.name
        ),
    },
    {
      key: 'status',
      title: t('customers.fields.status'),
      render: (_, customer) => (
        <Tag color={STATUS_COLORS[customer.status]}>
          {t(`customers.statuses.${customer.status}`)}
        </Tag>
      ),
    },
    {
      key: 'level',
      title: t('customers.fields.level'),
      sortKey: 'level',
      render: (_, customer) => (customer.level ? t(`customers.levels.${customer.level}`) : dash),
    },
    variant === 'customers' && {
      key: 'owner',
      title: t('customers.fields.ownerId'),
      render: (_, customer) =>
        customer.ownerId ? (customer.ownerName ?? '…') : t('customers.noOwner'),
    },
    variant === 'pool' && {
      key: 'poolEnteredAt',
      title: t('customers.fields.poolEnteredAt'),
      sortKey: 'poolEnteredAt',
      render: (_, customer) => time(customer.poolEnteredAt),
    },
    {
      key: 'industry',
      title: t('customers.fields.industry'),
      optional: true,
      render: (_, c) => text(c.industry),
    },
    {
      key: 'region',
      title: t('customers.fields.region'),
      optional: true,
      render: (_, c) => text(c.region),
    },
    {
      key: 'phone',
      title: t('customers.fields.phone'),
      optional: true,
      render: (_, c) => text(c.phone),
    },
    {
      key: 'email',
      title: t('customers.fields.email'),
      optional: true,
      defaultHidden: true,
      render: (_, c) => text(c.email),
    },
    {
      key: 'source',
      title: t('customers.fields.source'),
      optional: true,
      defaultHidden: true,
      render: (_, c) => text(c.source),
    },
    {
      key: 'lastFollowUpAt',
      title: t('customers.fields.lastFollowUpAt'),
      sortKey: 'lastFollowUpAt',
      optional: true,
      render: (_, c) => time(c.lastFollowUpAt),
    },
    {
      key: 'createdAt',
      title: t('records.createdAt'),
      sortKey: 'createdAt',
      optional: true,
      defaultHidden: variant === 'pool',
      render: (_, c) => format.date(c.createdAt),
    },
    variant === 'customers' && {
      key: 'updatedAt',
      title: t('records.updatedAt'),
      sortKey: 'updatedAt',
      optional: true,
      defaultHidden: true,
      render: (_, c) => format.dateTime(c.updatedAt),
    },
  ];
  return columns.filter((column): column is RecordColumn<Customer> => column !== false);
}
