import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/api-client';
import { useErrorText } from './use-error-reporter';

type DetailLoadStateProps = {
  isLoading: boolean;
  error: unknown;
  /** Where "back" leads when the record does not exist. */
  listPath: string;
  retry: () => unknown;
};

/**
 * What a detail page shows until its record is there: a skeleton while loading, "not found" with a
 * way back, or the error with retry. Returns null once the record is loaded.
 */
export function DetailLoadState({
  isLoading,
  error,
  listPath,
  retry,
}: DetailLoadStateProps): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (isLoading) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title={t('errors.codes.not_found')}
        extra={
          <Link to={listPath}>
            <Button icon={<ArrowLeftOutlined />}>{t('deals.common.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorText(error)}
        action={<Button onClick={() => void retry()}>{t('common.retry')}</Button>}
      />
    );
  }
  return null;
}
