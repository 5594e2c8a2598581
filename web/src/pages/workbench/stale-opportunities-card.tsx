import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Opportunity } from '../../api/opportunities-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { STALE_DAYS, useStaleOpportunities } from './stale-opportunities';

export function StaleOpportunitiesCard({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stale = useStaleOpportunities(ownerId);
  return (
    <Card
      title={t('workbench.stale.title')}
      extra={
        <Typography.Text type="secondary">
          {t('workbench.stale.subtitle', { days: STALE_DAYS })}
        </Typography.Text>
      }
      data-testid="stale-card"
    >
      <List<Opportunity>
        loading={stale.isPending}
        dataSource={stale.data?.slice(0, 8)}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('workbench.stale.empty', { days: STALE_DAYS })}
            />
          ),
        }}
        renderItem={(opportunity) => (
          <List.Item
            extra={
              <Typography.Text strong>
                {format.money(opportunity.amountCents, opportunity.currency)}
              </Typography.Text>
            }
          >
            <List.Item.Meta
              title={<Link to={`/opportunities/${opportunity.id}`}>{opportunity.name}</Link>}
              description={
                <>
                  <CustomerLink id={opportunity.customerId} name={opportunity.customerName} />
                  {' · '}
                  {opportunity.lastTouchedAt
                    ? t('workbench.stale.lastTouched', {
                        date: format.date(opportunity.lastTouchedAt),
                      })
                    : t('workbench.stale.neverTouched')}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
