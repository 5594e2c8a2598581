import { Alert, Card, Empty, Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../components/formatters';
import { useErrorText } from '../../components/use-error-reporter';
import { GrantIcon } from './grant-icon';
import { useGrantName, useGrantsOf } from './recognition-data';

/** A person's badges and awards, each with when it was earned. */
export function MyBadgesCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const nameOf = useGrantName();
  const grants = useGrantsOf(userId);
  const items = grants.data ?? [];
  return (
    <Card title={t('recognition.mine.title')} loading={grants.isPending} data-testid="my-badges">
      {grants.error && <Alert type="error" showIcon title={errorText(grants.error)} />}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recognition.mine.empty')} />
      ) : (
        <Flex wrap gap={8}>
          {items.map((grant) => (
            <Tooltip
              key={grant.id}
              title={[
                grant.evidence.kind === 'award'
                  ? t('recognition.mine.inCycle', { cycle: grant.evidence.cycleName })
                  : null,
                format.date(grant.grantedAt),
              ]
                .filter(Boolean)
                .join(' · ')}
            >
              <Tag
                icon={<GrantIcon kind={grant.kind} />}
                data-testid={`my-${grant.kind}-${grant.key}`}
                style={{ padding: '2px 8px', fontSize: 14 }}
              >
                {' '}
                {nameOf(grant)}
                {grant.evidence.kind === 'award' && grant.evidence.sharedWith.length > 0
                  ? ` (${t('recognition.mine.shared')})`
                  : ''}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      )}
    </Card>
  );
}
