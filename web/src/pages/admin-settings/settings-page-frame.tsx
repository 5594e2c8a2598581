import { Alert, Button, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { useErrorText } from '../../components/use-error-reporter';

type SettingsPageFrameProps = {
  title: ReactNode;
  intro: ReactNode;
  extra?: ReactNode;
  /** The state of the page's main query: a spinner while pending, an error with retry. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  testId: string;
  children: ReactNode;
};

/** Heading, one explaining paragraph, and the loading and error states of an admin settings page. */
export function SettingsPageFrame({
  title,
  intro,
  extra,
  query,
  testId,
  children,
}: SettingsPageFrameProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div data-testid={testId}>
      <PageHeading title={title} extra={extra} />
      <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
        {intro}
      </Typography.Paragraph>
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorText(query.error)}
          action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
        />
      ) : query.isPending ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : (
        children
      )}
    </div>
  );
}
