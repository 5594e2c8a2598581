import { EditOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact } from '../../api/pool-contacts-api';
import type { Contract } from '../../api/contracts-api';
import type { Opportunity } from '../../api/opportunities-api';
import { listContacts } from '../../api/pool-contacts-api';
import { listContracts } from '../../api/contracts-api';
import { listOpportunities } from '../../api/opportunities-api';
import { listTickets } from '../../api/service-api';
import type { Ticket } from '../../api/service-api';
import { useFormat } from '../../components/format';
import { ContactFormDialog } from '../contacts/contact-form-dialog';

const SMALL = {
  rowKey: 'id',
  size: 'small',
  pagination: false,
  scroll: { x: 'max-content' },
} as const;

export function CustomerContacts({
  customerId,
  writable,
}: {
  customerId: string;
  writable: boolean;
}) {
  const { t } = useTranslation();
  const contacts = useQuery({
    queryKey: ['contacts', 'customer', customerId],
    queryFn: () => listContacts({ customerId, page: 1, pageSize: 100 }),
  });
  const [dialog, setDialog] = useState<{ open: boolean; contact?: Contact }>({ open: false });
  const columns: TableProps<Contact>['columns'] = [
    {
      key: 'name',
      title: t('customers.contacts.name'),
      render: (_, contact) => (
        <>
          {contact.name}{' '}
          {contact.isPrimary && (
            <StarFilled style={{ color: '#faad14' }} aria-label={t('customers.contacts.primary')} />
          )}
        </>
      ),
    },
    { key: 'title', title: t('customers.contacts.jobTitle'), render: (_, c) => c.title },
    { key: 'phone', title: t('customers.contacts.phone'), render: (_, c) => c.phone },
    { key: 'email', title: t('customers.contacts.email'), render: (_, c) => c.email },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, contact) =>
        contact.access === 'write' && (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDialog({ open: true, contact })}
          >
            {t('common.edit')}
          </Button>
        ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      {writable && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'start' }}
          onClick={() => setDialog({ open: true })}
        >
          {t('customers.contacts.create')}
        </Button>
      )}
      <Table<Contact>
        {...SMALL}
        columns={columns}
        dataSource={contacts.data?.items}
        loading={contacts.isPending}
      />
      <ContactFormDialog
        key={dialog.contact ? `${dialog.contact.id}@${dialog.contact.version}` : 'new'}
        open={dialog.open}
        contact={dialog.contact}
        customerId={customerId}
        onClose={() => setDialog({ open: false })}
      />
    </Flex>
  );
}

export function CustomerOpportunities({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({
    queryKey: ['opportunities', 'customer', customerId],
    queryFn: () =>
      listOpportunities({ customerId, pageSize: 100, sort: 'updatedAt', order: 'desc' }),
  });
  const columns: TableProps<Opportunity>['columns'] = [
    {
      key: 'name',
      title: t('customers.detail.opportunities'),
      render: (_, o) => <Link to={`/opportunities/${o.id}`}>{o.name}</Link>,
    },
    {
      key: 'amount',
      title: t('customers.detail.amount'),
      align: 'right',
      render: (_, o) => format.money(o.amountCents, o.currency),
    },
    {
      key: 'status',
      title: t('customers.detail.stage'),
      render: (_, o) => <Tag>{t(`customers.detail.opportunityStatuses.${o.status}`)}</Tag>,
    },
    {
      key: 'close',
      title: t('customers.detail.expectedClose'),
      render: (_, o) => (o.expectedCloseOn ? format.date(o.expectedCloseOn) : '—'),
    },
  ];
  return (
    <Table<Opportunity>
      {...SMALL}
      columns={columns}
      dataSource={list.data?.items}
      loading={list.isPending}
    />
  );
}

export function CustomerContracts({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({
    queryKey: ['contracts', 'customer', customerId],
    queryFn: () => listContracts({ customerId, pageSize: 100 }),
  });
  const columns: TableProps<Contract>['columns'] = [
    {
      key: 'title',
      title: t('customers.detail.contracts'),
      render: (_, c) => <Link to={`/contracts/${c.id}`}>{`${c.number} ${c.title}`}</Link>,
    },
    {
      key: 'amount',
      title: t('customers.detail.amount'),
      align: 'right',
      render: (_, c) => format.money(c.amountCents, c.currency),
    },
    {
      key: 'balance',
      title: t('customers.detail.balance'),
      align: 'right',
      render: (_, c) => format.money(c.balanceCents, c.currency),
    },
    {
      key: 'signed',
      title: t('customers.detail.signedOn'),
      render: (_, c) => format.date(c.signedOn),
    },
  ];
  return (
    <Table<Contract>
      {...SMALL}
      columns={columns}
      dataSource={list.data?.items}
      loading={list.isPending}
    />
  );
}

export function CustomerTickets({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({
    queryKey: ['tickets', 'customer', customerId],
    queryFn: () =>
      listTickets({ customerId, page: 1, pageSize: 100, sort: 'createdAt', order: 'desc' }),
  });
  const columns: TableProps<Ticket>['columns'] = [
    {
      key: 'title',
      title: t('customers.detail.tickets'),
      render: (_, ticket) => <Link to={`/tickets/${ticket.id}`}>{ticket.title}</Link>,
    },
    {
      key: 'status',
      title: t('customers.fields.status'),
      render: (_, ticket) => <Tag>{t(`service.tickets.statuses.${ticket.status}`)}</Tag>,
    },
    {
      key: 'created',
      title: t('records.createdAt'),
      render: (_, ticket) => format.dateTime(ticket.createdAt),
    },
  ];
  return (
    <Table<Ticket>
      {...SMALL}
      columns={columns}
      dataSource={list.data?.items}
      loading={list.isPending}
    />
  );
}
