import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LEAD_STATUSES, listLeads } from '../../api/leads-api';
import { knownChannel, listCampaigns } from '../../api/service-api';
import type { Campaign } from '../../api/service-api';
import { useFormat } from '../../components/format';
import { CAMPAIGNS_KEY } from '../campaigns/campaign-form-dialog';
import { LEADS_KEY } from '../leads/lead-data';

/** Marketing's day: the campaigns they are running and what became of the leads they brought in. */
export function CampaignsCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = {
    page: 1,
    pageSize: 5,
    ownerId: userId,
    status: 'running',
    sort: 'startOn',
    order: 'desc',
  } as const;
  const campaigns = useQuery({
    queryKey: [...CAMPAIGNS_KEY, 'list', query],
    queryFn: () => listCampaigns(query),
  });
  // One count per status: a page of one row carries the total.
  const leadCounts = useQueries({
    queries: LEAD_STATUSES.map((status) => {
      const leadQuery = { page: 1, pageSize: 1, sourceUserId: userId, status } as const;
      return {
        queryKey: [...LEADS_KEY, 'list', leadQuery],
        queryFn: () => listLeads(leadQuery),
      };
    }),
  });
  return (
    <Card
      title={t('workbench.campaigns.title')}
      extra={<Link to="/campaigns">{t('workbench.campaigns.all')}</Link>}
      data-testid="campaigns-card"
    >
      <Row gutter={[16, 16]}>
        {LEAD_STATUSES.map((status, index) => (
          <Col xs={12} sm={6} key={status}>
            <Statistic
              title={t(`workbench.campaigns.leads.${status}`)}
              value={leadCounts[index]?.data ? format.listTotal(leadCounts[index].data) : '—'}
              loading={leadCounts[index]?.isPending}
            />
          </Col>
        ))}
      </Row>
      <List<Campaign>
        style={{ marginTop: 16 }}
        header={t('workbench.campaigns.running')}
        loading={campaigns.isPending}
        dataSource={campaigns.data?.items}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('workbench.campaigns.empty')}
            />
          ),
        }}
        renderItem={(campaign) => {
          const channel = knownChannel(campaign.channel);
          return (
            <List.Item
              extra={
                <Tag>{channel ? t(`service.campaigns.channels.${channel}`) : campaign.channel}</Tag>
              }
            >
              <List.Item.Meta
                title={
                  <Link to={`/campaigns?q=${encodeURIComponent(campaign.name)}`}>
                    {campaign.name}
                  </Link>
                }
                description={t('workbench.campaigns.since', {
                  date: format.date(campaign.startOn),
                })}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
