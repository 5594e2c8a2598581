import { EditOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listContacts } from '../../api/pool-contacts-api';
import type { ContactQuery, Contact } from '../../api/pool-contacts-api';
import { CustomerSelect } from '../../components/customer-select';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { SearchFilter } from '../../components/list-filters';
import { PageHeading } from '../../components/page-heading';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { useUrlListState } from '../../components/url-list-state';
import { ContactFormDialog } from './contact-form-dialog';

const FILTERS = ['q', 'customerId'] as const;
const SORTS = ['name', 'createdAt', 'updatedAt'] as const;
type ContactSort = (typeof SORTS)[number];

export function ContactsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, SORTS);
  const query: ContactQuery = { ...paging, ...filters };
  const [dialog, setDialog] = useState<{ open: boolean; contact?: Contact }>({ open: false });
  const queryKey = ['contacts', 'list', query];
  const load = () => listContacts(query);

  const columns: RecordColumn<Contact>[] = [
    {
      key: 'name',
      title: t('customers.contacts.name'),
      sortKey: 'name',
      render: (_, contact) => (
        <>
          {contact.name}{' '}
          {contact.isPrimary && (
            <StarFilled style={{ color: '#faad14' }} aria-label={t('customers.contacts.primary')} />
          )}
        </>
      ),
    },
    {
      key: 'customer',
      title: t('records.customer'),
      render: (_, contact) => <CustomerLink id={contact.customerId} name={contact.customerName} />,
    },
    {
      key: 'title',
      title: t('customers.contacts.jobTitle'),
      optional: true,
      render: (_, c) => c.title,
    },
    {
      key: 'phone',
      title: t('customers.contacts.phone'),
      optional: true,
      render: (_, c) => c.phone,
    },
    {
      key: 'email',
      title: t('customers.contacts.email'),
      optional: true,
      render: (_, c) => c.email,
    },
    {
      key: 'updatedAt',
      title: t('records.updatedAt'),
      sortKey: 'updatedAt',
      optional: true,
      defaultHidden: true,
      render: (_, c) => format.dateTime(c.updatedAt),
    },
    {
      key: 'actions',
      exported: false,
      title: t('common.actions'),
      fixed: 'right',
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
    <>
      <PageHeading
        title={t('customers.contacts.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ open: true })}>
            {t('customers.contacts.create')}
          </Button>
        }
      />
      <RecordTable<Contact, ContactSort>
        testId="contacts-table"
        queryKey={queryKey}
        load={load}
        columns={columns}
        paging={paging}
        onPaging={setPaging}
        storageKey="contacts"
        exportTo={{ path: '/api/v1/contacts/export', query }}
        filters={
          <>
            <SearchFilter
              value={filters.q}
              placeholder={t('customers.contacts.search')}
              width={220}
              onSearch={(q) => setFilters({ q })}
            />
            <CustomerSelect
              allowClear
              value={filters.customerId}
              style={{ width: 220 }}
              onChange={(customerId?: string) => setFilters({ customerId })}
            />
          </>
        }
      />
      <ContactFormDialog
        key={dialog.contact ? `${dialog.contact.id}@${dialog.contact.version}` : 'new'}
        open={dialog.open}
        contact={dialog.contact}
        onClose={() => setDialog({ open: false })}
      />
    </>
  );
}
