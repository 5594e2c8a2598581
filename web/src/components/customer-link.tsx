import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

type NamedRecord = { id: string | null | undefined; name: string | null | undefined };

/**
 * A record another row refers to, by the name its response carries: a link when the name is
 * there, a muted "not visible to you" when the server withheld it (null), a dash when there is
 * no record, and "…" when the response carried no name (the answer to a write).
 */
export function RecordLink({ path, id, name }: NamedRecord & { path: string }) {
  const { t } = useTranslation();
  if (!id) return <>—</>;
  if (name === null)
    return <Typography.Text type="secondary">{t('records.withheld')}</Typography.Text>;
  return <Link to={`/${path}/${id}`}>{name ?? '…'}</Link>;
}

/** The customer a row refers to (see `RecordLink`). */
export function CustomerLink(props: NamedRecord) {
  return <RecordLink path="customers" {...props} />;
}
