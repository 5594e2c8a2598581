import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EvidenceRecord } from '../../api/appraisal-api';
import { CUSTOMER_STATUSES } from '../../api/customers-api';
import type { CustomerStatus } from '../../api/customers-api';
import { useStageName } from '../opportunities/stage-data';

export const EVIDENCE_RECORD_TYPES = [
  'activity',
  'contract',
  'customer',
  'customer_status_change',
  'cycle_result',
  'feedback',
  'lead',
  'opportunity',
  'payment',
  'plan',
  'stage_change',
  'ticket',
  'usage_day',
] as const;
type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];
const isRecordType = (type: string): type is EvidenceRecordType =>
  EVIDENCE_RECORD_TYPES.some((known) => known === type);

/** The translation key of a record type; unknown ones are "Record". */
export const recordTypeKey = (type: string) =>
  `appraisal.evidence.recordTypes.${isRecordType(type) ? type : 'other'}` as const;

const isCustomerStatus = (status: string | null): status is CustomerStatus =>
  CUSTOMER_STATUSES.some((known) => known === status);

const AREAS: Partial<Record<string, string>> = {
  customer: 'customers',
  lead: 'leads',
  opportunity: 'opportunities',
  contract: 'contracts',
  ticket: 'tickets',
  feedback: 'feedback',
};

/**
 * Where a record of the evidence lives in the app: a change opens what it changed; activities
 * and the like open their customer.
 */
function recordPath(record: EvidenceRecord): string | null {
  const target = record.parent ?? record;
  const area = AREAS[target.recordType];
  if (area) return `/${area}/${encodeURIComponent(target.recordId)}`;
  return record.customerId ? `/customers/${encodeURIComponent(record.customerId)}` : null;
}

/** The move of a change in the reader's words: stage names, customer statuses. */
function useMoveText(): (record: EvidenceRecord) => string | null {
  const { t } = useTranslation();
  const stageName = useStageName();
  return ({ recordType, change }) => {
    if (!change) return null;
    const name =
      recordType === 'stage_change'
        ? stageName
        : (status: string | null) =>
            isCustomerStatus(status) ? t(`customers.statuses.${status}`) : (status ?? '—');
    return t('appraisal.evidence.move', { from: name(change.from), to: name(change.to) });
  };
}

/** A record of the evidence: its name, linked to where it lives, and for a change the move. */
export function EvidenceRecordCell({ record }: { record: EvidenceRecord }) {
  const { t } = useTranslation();
  const moveText = useMoveText();
  const path = recordPath(record);
  const label = record.label || t(recordTypeKey(record.recordType));
  const move = moveText(record);
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text ellipsis={{ tooltip: label }} style={{ maxWidth: 320 }}>
        {path ? (
          <Link to={path} title={t('appraisal.evidence.open')}>
            {label}
          </Link>
        ) : (
          label
        )}
      </Typography.Text>
      {move && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="evidence-move">
          {move}
        </Typography.Text>
      )}
    </Flex>
  );
}
