import { useQuery } from '@tanstack/react-query';
import type { DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import { getContract } from '../../api/contracts-api';
import { CustomerLink } from '../../components/customer-link';
import { contractKey } from './contract-data';

/** A link to another contract, as "number title" once read. */
export function RenewedContract({ id }: { id: string }) {
  const contract = useQuery({
    queryKey: contractKey(id),
    queryFn: () => getContract(id),
    retry: false,
  });
  return (
    <Link to={`/contracts/${id}`}>
      {contract.data
        ? `${contract.data.number} ${contract.data.title}`
        : contract.isError
          ? '—'
          : '…'}
    </Link>
  );
}

type Deal = {
  customerId: string;
  customerName?: string | null;
  amountCents: number;
  currency: string;
};

/** The first facts of a deal's detail card (contract or opportunity): its customer and amount. */
export function dealFacts(
  deal: Deal,
  label: (field: string) => string,
  money: (cents: number, currency: string) => string,
): NonNullable<DescriptionsProps['items']> {
  return [
    {
      key: 'customer',
      label: label('customerId'),
      children: <CustomerLink id={deal.customerId} name={deal.customerName} />,
    },
    {
      key: 'amount',
      label: label('amountCents'),
      children: money(deal.amountCents, deal.currency),
    },
  ];
}
