import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading';
import type { ComingSoonArea } from '../layout/areas';

/** The one page every not-yet-built area shows. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  const name = t(`nav.${area}`);
  return (
    <>
      <PageHeading title={name} />
      <Card>
        <Empty
          data-testid="coming-soon"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          style={{ paddingBlock: 48 }}
          description={
            <>
              <Typography.Title level={5}>{t('comingSoon.title', { area: name })}</Typography.Title>
              <Typography.Text type="secondary">{t('comingSoon.description')}</Typography.Text>
            </>
          }
        />
      </Card>
    </>
  );
}
