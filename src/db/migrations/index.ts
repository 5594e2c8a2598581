import type { YardstickMigration } from './migration.js';
import { organisationAndAccess } from './0001-organisation-and-access.js';
import { crmCore } from './0002-crm-core.js';
import { contactsOnePrimary } from './0003-contacts-one-primary.js';
import { contractNumberUnique } from './0005-contract-number-unique.js';
import { appraisal } from './0006-appraisal.js';
import { simulatorProfiles } from './0007-simulator-profiles.js';
import { perPersonMetricIndexes } from './0008-per-person-metric-indexes.js';
import { apiTokenExpiryAndScope } from './0009-api-token-expiry-and-scope.js';
import { cycleScoringTime } from './0010-cycle-scoring-time.js';
import { notifications } from './0011-notifications.js';
import { search } from './0010-search.js';
import { campaignChannels } from './0012-campaign-channels.js';
import { historyPerWrite } from './0012-history-per-write.js';
import { importJobs } from './0013-import-jobs.js';
import { jobRuns } from './0015-job-runs.js';
import { recognition } from './0017-recognition.js';
import { itemFeedback } from './0018-item-feedback.js';
import { jobRunClaims } from './0020-job-run-claims.js';
import { leadCloserIndex } from './0021-lead-closer-index.js';
import { coveringActivityIndexes } from './0022-covering-activity-indexes.js';
import { customerParentIndexes } from './0023-customer-parent-indexes.js';
import { planExecution } from './0024-plan-execution.js';
import { snapshotMetricIndexes } from './0025-snapshot-metric-indexes.js';
import { onePersonMetricIndexes } from './0026-one-person-metric-indexes.js';
import { recordFlagged } from './0027-record-flagged.js';
import { feedbackCustomerIndex } from './0028-feedback-customer-index.js';
import { activityOwnerIndex } from './0029-activity-owner-index.js';
import { historyCompressed } from './0030-history-compressed.js';
import { touchColumnsRederived } from './0031-touch-columns-rederived.js';
import { coveringTicketIndexes } from './0032-covering-ticket-indexes.js';
import { coveringOwnershipIndex } from './0033-covering-ownership-index.js';
import { coveringPlanOwnerIndex } from './0034-covering-plan-owner-index.js';
import { listOrderIndexes } from './0035-list-order-indexes.js';
import { dealAndLeadOrderIndexes } from './0036-deal-and-lead-order-indexes.js';
import { activityContentKey } from './0037-activity-content-key.js';
import { customerSnapshotIndex } from './0038-customer-snapshot-index.js';
import { opportunitySnapshotIndex } from './0039-opportunity-snapshot-index.js';
import { activityDayTotals } from './0040-activity-day-totals.js';
import { opportunityStatusIndexes } from './0041-opportunity-status-indexes.js';
import { metricCoveringIndexes } from './0042-metric-covering-indexes.js';
import { customerOwnerTotals } from './0043-customer-owner-totals.js';
import { customerOpenOpportunities } from './0044-customer-open-opportunities.js';
import { closingChangeIndexes } from './0045-closing-change-indexes.js';
import { repurchaseCoveringIndexes } from './0046-repurchase-covering-indexes.js';
import { creatorCoveringIndexes } from './0047-creator-covering-indexes.js';
import { planDayTotals } from './0048-plan-day-totals.js';
import { crossOwnerRecords } from './0049-cross-owner-records.js';
import { customerOrderCoveringIndexes } from './0050-customer-order-covering-indexes.js';
import { ticketAssigneeCustomerIndex } from './0051-ticket-assignee-customer-index.js';
import { ticketStatusIndex } from './0052-ticket-status-index.js';
import { ticketOrderIndex } from './0053-ticket-order-index.js';
import { unicodeLower } from './0054-unicode-lower.js';
import { paymentOwnerIndex } from './0055-payment-owner-index.js';
import { customerFirstContract } from './0056-customer-first-contract.js';
import { opportunityStatusSnapshotIndex } from './0057-opportunity-status-snapshot-index.js';
import { keyCustomerDayTotals } from './0058-key-customer-day-totals.js';
import { stageChangeSuperseded } from './0059-stage-change-superseded.js';
import { noKeySamples } from './0060-no-key-samples.js';
import { searchEntriesClustered } from './0061-search-entries-clustered.js';
import { qualityFlagsAnnounced } from './0062-quality-flags-announced.js';

/** Every migration, in order (Kysely runs them sorted by name). Names never change once released. */
export const migrations: Record<string, YardstickMigration> = {
  '0001-organisation-and-access': organisationAndAccess,
  '0002-crm-core': crmCore,
  '0003-contacts-one-primary': contactsOnePrimary,
  '0005-contract-number-unique': contractNumberUnique,
  '0006-appraisal': appraisal,
  '0007-simulator-profiles': simulatorProfiles,
  '0008-per-person-metric-indexes': perPersonMetricIndexes,
  '0009-api-token-expiry-and-scope': apiTokenExpiryAndScope,
  '0010-cycle-scoring-time': cycleScoringTime,
  '0010-search': search,
  '0011-notifications': notifications,
  '0012-campaign-channels': campaignChannels,
  '0012-history-per-write': historyPerWrite,
  '0013-import-jobs': importJobs,
  '0015-job-runs': jobRuns,
  '0017-recognition': recognition,
  '0018-item-feedback': itemFeedback,
  '0020-job-run-claims': jobRunClaims,
  '0021-lead-closer-index': leadCloserIndex,
  '0022-covering-activity-indexes': coveringActivityIndexes,
  '0023-customer-parent-indexes': customerParentIndexes,
  '0024-plan-execution': planExecution,
  '0025-snapshot-metric-indexes': snapshotMetricIndexes,
  '0026-one-person-metric-indexes': onePersonMetricIndexes,
  '0027-record-flagged': recordFlagged,
  '0028-feedback-customer-index': feedbackCustomerIndex,
  '0029-activity-owner-index': activityOwnerIndex,
  '0030-history-compressed': historyCompressed,
  '0031-touch-columns-rederived': touchColumnsRederived,
  '0032-covering-ticket-indexes': coveringTicketIndexes,
  '0033-covering-ownership-index': coveringOwnershipIndex,
  '0034-covering-plan-owner-index': coveringPlanOwnerIndex,
  '0035-list-order-indexes': listOrderIndexes,
  '0036-deal-and-lead-order-indexes': dealAndLeadOrderIndexes,
  '0037-activity-content-key': activityContentKey,
  '0038-customer-snapshot-index': customerSnapshotIndex,
  '0039-opportunity-snapshot-index': opportunitySnapshotIndex,
  '0040-activity-day-totals': activityDayTotals,
  '0041-opportunity-status-indexes': opportunityStatusIndexes,
  '0042-metric-covering-indexes': metricCoveringIndexes,
  '0043-customer-owner-totals': customerOwnerTotals,
  '0044-customer-open-opportunities': customerOpenOpportunities,
  '0045-closing-change-indexes': closingChangeIndexes,
  '0046-repurchase-covering-indexes': repurchaseCoveringIndexes,
  '0047-creator-covering-indexes': creatorCoveringIndexes,
  '0048-plan-day-totals': planDayTotals,
  '0049-cross-owner-records': crossOwnerRecords,
  '0050-customer-order-covering-indexes': customerOrderCoveringIndexes,
  '0051-ticket-assignee-customer-index': ticketAssigneeCustomerIndex,
  '0052-ticket-status-index': ticketStatusIndex,
  '0053-ticket-order-index': ticketOrderIndex,
  '0054-unicode-lower': unicodeLower,
  '0055-payment-owner-index': paymentOwnerIndex,
  '0056-customer-first-contract': customerFirstContract,
  '0057-opportunity-status-snapshot-index': opportunityStatusSnapshotIndex,
  '0058-key-customer-day-totals': keyCustomerDayTotals,
  '0059-stage-change-superseded': stageChangeSuperseded,
  '0060-no-key-samples': noKeySamples,
  '0061-search-entries-clustered': searchEntriesClustered,
  '0062-quality-flags-announced': qualityFlagsAnnounced,
};
