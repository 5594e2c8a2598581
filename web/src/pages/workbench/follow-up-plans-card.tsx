import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listPlans } from '../../api/activities-api';
import type { PlanScope, Plan } from '../../api/activities-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { openQuickCapture } from '../quick-capture/quick-capture-events';

type Tab = Extract<PlanScope, 'today' | 'overdue'>;

function usePlans(scope: Tab, ownerId: string) {
  return useQuery({
    queryKey: ['plans', 'workbench', scope, ownerId],
    queryFn: () => listPlans({ scope, ownerId, pageSize: 50 }),
  });
}

/** Today's and overdue follow-up plans, each one click away from being logged. */
export function FollowUpPlansCard({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = usePlans('today', ownerId);
  const overdue = usePlans('overdue', ownerId);
  const active: Tab = params.get('plans') === 'overdue' ? 'overdue' : 'today';

  const tab = (scope: Tab, query: typeof today) => ({
    key: scope,
    label: (
      <span data-testid={`plans-tab-${scope}`}>
        {t(`workbench.plans.${scope}`, { count: query.data?.total ?? 0 })}
      </span>
    ),
    children: (
      <PlanList
        plans={query.data?.items}
        loading={query.isPending}
        empty={t(scope === 'today' ? 'workbench.plans.emptyToday' : 'workbench.plans.emptyOverdue')}
        overdue={scope === 'overdue'}
      />
    ),
  });

  return (
    <Card
      title={t('workbench.plans.title')}
      data-testid="plans-card"
      styles={{ body: { paddingTop: 0 } }}
    >
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ plans: key }, { replace: true })}
        items={[tab('today', today), tab('overdue', overdue)]}
      />
    </Card>
  );
}

function PlanList({
  plans,
  loading,
  empty,
  overdue,
}: {
  plans: Plan[] | undefined;
  loading: boolean;
  empty: string;
  overdue: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <List<Plan>
      loading={loading}
      dataSource={plans}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      renderItem={(plan) => (
        <List.Item
          data-testid={`plan-${plan.id}`}
          actions={[
            <Button
              key="log"
              size="small"
              icon={<EditOutlined />}
              disabled={plan.access !== 'write'}
              onClick={() =>
                openQuickCapture({ customerId: plan.customerId ?? undefined, planId: plan.id })
              }
            >
              {t('workbench.plans.log')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={<CustomerLink id={plan.customerId} name={plan.customerName} />}
            description={
              <>
                <Typography.Text type={overdue ? 'danger' : 'secondary'}>
                  {t('workbench.plans.due', { time: format.dateTime(plan.dueAt) })}
                </Typography.Text>
                {' · '}
                {plan.note ?? t('workbench.plans.noNote')}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
