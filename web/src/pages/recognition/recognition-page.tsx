import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { PageHeading } from '../../components/page-heading';
import { LeaderboardsCard } from './leaderboards-card';
import { MyBadgesCard } from './my-badges-card';
import { RecognitionFeedCard } from './recognition-feed-card';

/** 表彰: my badges and awards, the leaderboards I may see, and recent recognition around me. */
export function RecognitionPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeading title={t('recognition.title')} />
      <Typography.Paragraph type="secondary">{t('recognition.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <MyBadgesCard userId={me.id} />
        </Col>
        <Col xs={24} xl={16}>
          <LeaderboardsCard />
        </Col>
        <Col xs={24} xl={8}>
          <RecognitionFeedCard />
        </Col>
      </Row>
    </>
  );
}
