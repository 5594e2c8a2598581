import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WorkbenchHint } from '../../api/appraisal-api';
import { CUSTOMER_KEY_FIELDS } from '../../api/customers-api';
import { useErrorText } from '../../components/use-error-reporter';
import { STALE_DAYS } from './stale-opportunities';
import { useWorkbenchHints } from './workbench-hints';

/** Where each hint leads: exactly the records it counts, pre-filtered. */
function hintLink(hint: WorkbenchHint, ownerId: string): string {
  const owner = `ownerId=${encodeURIComponent(ownerId)}`;
  switch (hint.kind) {
    case 'missing_field':
      return `/customers?${owner}&missing=${encodeURIComponent(hint.field)}`;
    case 'overdue_plans':
      return '/workbench?plans=overdue';
    case 'stale_opportunities':
      return `/opportunities?${owner}&status=open&sort=updatedAt&order=asc`;
    case 'uncovered_key_customers':
      return `/customers?${owner}&level=A&sort=lastFollowUpAt&order=asc`;
  }
}

export function NextStepsCard({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { hints, isPending, error } = useWorkbenchHints(ownerId);

  const sentence = (hint: WorkbenchHint): string => {
    switch (hint.kind) {
      case 'missing_field': {
        const field = CUSTOMER_KEY_FIELDS.find((key) => key === hint.field);
        return t('workbench.hints.missingField', {
          count: hint.count,
          field: field ? t(`customers.fields.${field}`).toLowerCase() : hint.field,
        });
      }
      case 'overdue_plans':
        return t('workbench.hints.overduePlans', { count: hint.count });
      case 'stale_opportunities':
        return t('workbench.hints.staleOpportunities', { count: hint.count, days: STALE_DAYS });
      case 'uncovered_key_customers':
        return t('workbench.hints.uncoveredKeyCustomers', { count: hint.count });
    }
  };

  return (
    <Card title={t('workbench.hints.title')} data-testid="hints-card">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <List<WorkbenchHint>
        loading={isPending}
        dataSource={[...hints].sort((a, b) => b.count - a.count)}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.hints.none')} />
          ),
        }}
        renderItem={(hint) => (
          <List.Item>
            <Link
              to={hintLink(hint, ownerId)}
              data-testid={`hint-${hint.kind === 'missing_field' ? `missing-${hint.field}` : hint.kind}`}
              style={{ display: 'flex', width: '100%', justifyContent: 'space-between' }}
            >
              <span>{sentence(hint)}</span>
              <RightOutlined />
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
