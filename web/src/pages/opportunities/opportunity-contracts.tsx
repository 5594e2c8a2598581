import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Progress, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listContracts } from '../../api/contracts-api';
import type { Contract } from '../../api/contracts-api';
import type { Opportunity } from '../../api/opportunities-api';
import { COMPACT_TABLE } from '../../components/compact-table';
import { useFormatters } from '../../components/formatters';
import { collectedPercent } from '../contracts/contract-balance';
import { CONTRACTS_KEY } from '../contracts/contract-data';
import { ContractFormDialog } from '../contracts/contract-form-dialog';

/** The contracts signed from this opportunity, and a new one pre-filled with it. */
export function OpportunityContracts({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // The list filters by customer; the opportunity's own contracts are picked from those.
  const contracts = useQuery({
    queryKey: [...CONTRACTS_KEY, 'customer', opportunity.customerId, 'all'],
    queryFn: () =>
      listContracts({
        page: 1,
        pageSize: 100,
        customerId: opportunity.customerId,
        sort: 'signedOn',
        order: 'desc',
      }),
  });
  const mine = (contracts.data?.items ?? []).filter((c) => c.opportunityId === opportunity.id);
  const columns: TableProps<Contract>['columns'] = [
    {
      key: 'number',
      title: t('deals.contracts.fields.number'),
      render: (_, c) => <Link to={`/contracts/${c.id}`}>{`${c.number} ${c.title}`}</Link>,
    },
    {
      key: 'amount',
      title: t('deals.contracts.fields.amountCents'),
      align: 'right',
      render: (_, c) => format.money(c.amountCents, c.currency),
    },
    {
      key: 'signedOn',
      title: t('deals.contracts.fields.signedOn'),
      render: (_, c) => format.date(c.signedOn),
    },
    {
      key: 'collected',
      title: t('deals.contracts.balance'),
      width: 140,
      render: (_, c) => <Progress percent={collectedPercent(c)} size="small" />,
    },
  ];
  return (
    <Flex vertical gap={12}>
      {opportunity.access === 'write' && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'start' }}
          onClick={() => setCreating(true)}
        >
          {t('deals.contracts.create')}
        </Button>
      )}
      <Table<Contract>
        {...COMPACT_TABLE}
        columns={columns}
        dataSource={mine}
        loading={contracts.isPending}
        locale={{ emptyText: <Empty description={t('dealRecords.opportunity.noContracts')} /> }}
      />
      <ContractFormDialog
        open={creating}
        preset={{ customerId: opportunity.customerId, opportunityId: opportunity.id }}
        onClose={() => setCreating(false)}
        onCreated={(created) => void navigate(`/contracts/${created.id}`)}
      />
    </Flex>
  );
}
