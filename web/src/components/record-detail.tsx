import { Card, Col, Result, Row, Tabs } from 'antd';
import type { TabsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useErrorText } from './use-error-reporter';

/** A detail page whose record could not be read (gone, or not visible to this user). */
export function DetailLoadFailed({ error, backTo }: { error: unknown; backTo: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Result
      status="warning"
      title={errorText(error)}
      extra={<Link to={backTo}>{t('records.backToList')}</Link>}
    />
  );
}

/** The two-column body of a detail page: the record's fields beside tabs of related things. */
export function DetailLayout({ side, tabs }: { side: ReactNode; tabs: TabsProps['items'] }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9}>
        {side}
      </Col>
      <Col xs={24} lg={15}>
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs items={tabs} />
        </Card>
      </Col>
    </Row>
  );
}
