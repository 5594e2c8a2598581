import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { getContract } from '../../api/contracts-api';
import { getOpportunity } from '../../api/opportunities-api';
import { contractKey } from './contract-data';

/** A link to an opportunity, by name once read (the same cache as its detail page). */
export function OpportunityName({ id }: { id: string }) {
  const opportunity = useQuery({
    queryKey: ['opportunities', 'one', id],
    queryFn: () => getOpportunity(id),
    retry: false,
  });
  return (
    <Link to={`/opportunities/${id}`}>
      {opportunity.data?.name ?? (opportunity.isError ? '—' : '…')}
    </Link>
  );
}

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
