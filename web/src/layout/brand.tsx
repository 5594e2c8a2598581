import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Logo and product name; the name hides when there is only room for the logo. */
export function Brand({ compact = false, dark = false }: { compact?: boolean; dark?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <img src="/logo.svg" alt={compact ? t('app.name') : ''} width={28} height={28} />
      {!compact && (
        <Typography.Text
          strong
          ellipsis
          style={{ fontSize: 17, color: dark ? '#fff' : undefined, letterSpacing: 0.2 }}
        >
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
}
