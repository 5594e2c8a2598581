import {
  CalendarOutlined,
  GiftOutlined,
  LineChartOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { PageHeading } from '../components/page-heading';

type Planned = 'followUps' | 'appraisal' | 'attention' | 'recognition';

const PLANNED: { key: Planned; icon: ReactNode }[] = [
  { key: 'followUps', icon: <CalendarOutlined /> },
  { key: 'appraisal', icon: <LineChartOutlined /> },
  { key: 'attention', icon: <WarningOutlined /> },
  { key: 'recognition', icon: <GiftOutlined /> },
];

/** Placeholder that describes the workbench to come; it shows no data until the data exists. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageHeading title={t('workbench.greeting', { name: user.name })} />
      <Alert type="info" showIcon title={t('workbench.intro')} style={{ marginBottom: 16 }} />
      <Card title={t('workbench.plannedTitle')}>
        <Row gutter={[16, 16]}>
          {PLANNED.map(({ key, icon }) => (
            <Col key={key} xs={24} md={12}>
              <Flex gap={12} align="start">
                <Typography.Text type="secondary" style={{ fontSize: 20, lineHeight: 1 }}>
                  {icon}
                </Typography.Text>
                <Typography.Text>{t(`workbench.planned.${key}`)}</Typography.Text>
              </Flex>
            </Col>
          ))}
        </Row>
      </Card>
    </>
  );
}
