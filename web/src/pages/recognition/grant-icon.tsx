import { StarFilled, TrophyFilled } from '@ant-design/icons';
import type { Grant } from '../../api/recognition-api';

/** A trophy for an award, a star for a badge. */
export function GrantIcon({ kind }: { kind: Grant['kind'] }) {
  return kind === 'award' ? (
    <TrophyFilled style={{ color: '#d4a017' }} />
  ) : (
    <StarFilled style={{ color: '#1677ff' }} />
  );
}
