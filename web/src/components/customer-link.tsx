import { Link } from 'react-router-dom';
import { useCustomerNames } from './customer-names';

/** A link to a customer by name (read once and cached per id), for rows that carry only the id. */
export function CustomerLink({ id }: { id: string }) {
  const names = useCustomerNames([id]);
  return <Link to={`/customers/${id}`}>{names.get(id) ?? '…'}</Link>;
}
