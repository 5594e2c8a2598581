import { PlusOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/customers-api';
import { listCustomers } from '../../api/customers-api';
import { useCurrentUser } from '../../auth/current-user';
import { PageHeading } from '../../components/page-heading';
import { RecordTable } from '../../components/record-table';
import { BulkAssignDialog } from './bulk-assign-dialog';
import { useCustomerColumns } from './customer-columns';
import { CustomerFilters } from './customer-filters';
import { CustomerFormDialog } from './customer-form-dialog';
import { useCustomerListState } from './customer-list-state';

/** Managers and admins assign customers; everyone else sees no selection column. */
const ASSIGNING_ROLES = ['manager', 'admin'] as const;

export function CustomersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { query, filters, paging, setFilters, clearFilters, setPaging } = useCustomerListState();
  const columns = useCustomerColumns('customers');
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<{ keys: Key[]; rows: Customer[] }>({
    keys: [],
    rows: [],
  });
  const [assigning, setAssigning] = useState(false);
  const canAssign = user.roles.some((role) => ASSIGNING_ROLES.some((allowed) => allowed === role));

  return (
    <>
      <PageHeading
        title={t('customers.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-customer"
            onClick={() => setCreating(true)}
          >
            {t('customers.create')}
          </Button>
        }
      />
      <RecordTable<Customer, NonNullable<typeof query.sort>>
        testId="customers-table"
        queryKey={['customers', 'list', query]}
        load={() => listCustomers(query)}
        columns={columns}
        paging={paging}
        onPaging={setPaging}
        storageKey="customers"
        exportTo={{ path: '/api/v1/customers/export', query }}
        filters={<CustomerFilters filters={filters} onChange={setFilters} onClear={clearFilters} />}
        actions={
          canAssign &&
          selected.keys.length > 0 && (
            <>
              <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
                {t('customers.bulk.selected', { count: selected.keys.length })}
              </Typography.Text>
              <Button
                icon={<UserSwitchOutlined />}
                data-testid="bulk-assign"
                onClick={() => setAssigning(true)}
              >
                {t('customers.bulk.assign')}
              </Button>
            </>
          )
        }
        selection={
          canAssign
            ? { selected: selected.keys, onChange: (keys, rows) => setSelected({ keys, rows }) }
            : undefined
        }
      />
      <CustomerFormDialog open={creating} onClose={() => setCreating(false)} />
      <BulkAssignDialog
        open={assigning}
        customers={selected.rows}
        onAssigned={() => setSelected({ keys: [], rows: [] })}
        onClose={() => setAssigning(false)}
      />
    </>
  );
}
