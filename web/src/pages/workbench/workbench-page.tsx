import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/users-api';
import { useCurrentUser } from '../../auth/current-user';
import { PageHeading } from '../../components/page-heading';
import { FollowUpPlansCard } from './follow-up-plans-card';
import { RecognitionFeedCard } from '../recognition/recognition-feed-card';
import { NextStepsCard } from './next-steps-card';
import { ScorecardCard } from './scorecard-card';
import { StaleOpportunitiesCard } from './stale-opportunities-card';
import { TicketQueueCard } from './ticket-queue-card';

/** 工作台: today's work, what is slipping, and how my appraisal stands. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const has = (...roles: Role[]) => roles.some((role) => user.roles.includes(role));
  // Cards follow the roles: sellers own deals, service agents work a ticket queue.
  const sells = has('sales', 'manager');
  return (
    <>
      <PageHeading title={t('workbench.greeting', { name: user.name })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Row gutter={[16, 16]}>
            {has('service') && (
              <Col span={24}>
                <TicketQueueCard assigneeId={user.id} />
              </Col>
            )}
            <Col span={24}>
              <FollowUpPlansCard ownerId={user.id} />
            </Col>
            {sells && (
              <Col span={24}>
                <StaleOpportunitiesCard ownerId={user.id} />
              </Col>
            )}
          </Row>
        </Col>
        <Col xs={24} xl={10}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <NextStepsCard ownerId={user.id} />
            </Col>
            <Col span={24}>
              <ScorecardCard />
            </Col>
            <Col span={24}>
              <RecognitionFeedCard />
            </Col>
          </Row>
        </Col>
      </Row>
    </>
  );
}
