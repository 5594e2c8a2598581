import { Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../api/auth-api';
import { useCurrentUser } from '../../auth/current-user';
import { PageHeading } from '../../components/page-heading';
import { CampaignsCard } from './campaigns-card';
import { FollowUpPlansCard } from './follow-up-plans-card';
import { RecognitionFeedCard } from '../recognition/recognition-feed-card';
import { NextStepsCard } from './next-steps-card';
import { ScorecardCard } from './scorecard-card';
import { SetupCard } from './setup-card';
import { StaleOpportunitiesCard } from './stale-opportunities-card';
import { SystemHealthCard } from './system-health-card';
import { TeamCard } from './team-card';
import { TicketQueueCard } from './ticket-queue-card';

type WorkbenchCard = { area: Area; card: (userId: string) => ReactNode };

// The wide column holds the day's work; the narrow one how it stands. Each card is shown when the
// server opens its area to the user: their roles decide, and no card asks for what is refused.
const MAIN: WorkbenchCard[] = [
  { area: 'setupCard', card: () => <SetupCard /> },
  { area: 'teamCard', card: () => <TeamCard /> },
  { area: 'ticketQueueCard', card: (userId) => <TicketQueueCard assigneeId={userId} /> },
  { area: 'campaignsCard', card: (userId) => <CampaignsCard userId={userId} /> },
  { area: 'followUpPlansCard', card: (userId) => <FollowUpPlansCard ownerId={userId} /> },
  { area: 'staleOpportunitiesCard', card: (userId) => <StaleOpportunitiesCard ownerId={userId} /> },
];
const SIDE: WorkbenchCard[] = [
  { area: 'systemHealthCard', card: () => <SystemHealthCard /> },
  { area: 'nextStepsCard', card: (userId) => <NextStepsCard ownerId={userId} /> },
  { area: 'scorecardCard', card: () => <ScorecardCard /> },
  { area: 'recognitionFeedCard', card: () => <RecognitionFeedCard /> },
];

/** 工作台: today's work, what is slipping, and how my appraisal stands. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const column = (cards: WorkbenchCard[]) =>
    cards
      .filter(({ area }) => user.areas.includes(area))
      .map(({ area, card }) => (
        <Col span={24} key={area}>
          {card(user.id)}
        </Col>
      ));
  return (
    <>
      <PageHeading title={t('workbench.greeting', { name: user.name })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Row gutter={[16, 16]}>{column(MAIN)}</Row>
        </Col>
        <Col xs={24} xl={10}>
          <Row gutter={[16, 16]}>{column(SIDE)}</Row>
        </Col>
      </Row>
    </>
  );
}
