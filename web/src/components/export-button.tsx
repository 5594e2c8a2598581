import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { fillPath, withQuery, type ApiPath, type QueryValue } from '../api/api-client';
import type { ReportExportPath } from '../api/reports-api';
import { currentLanguage } from '../i18n/i18n';

/** The export routes of the lists (`/api/v1/customers/export`…) and of the reports. */
export type ExportPath = Extract<ApiPath, `${string}/export`> | ReportExportPath;

export type ExportTarget = {
  path: ExportPath;
  /** The list's query: its filters and sort (paging is left out: an export has every row). */
  query: Record<string, QueryValue>;
  /** Values of the path's `{…}` parameters, e.g. the cycle of `/api/v1/cycles/{id}/results/export`. */
  pathParams?: Record<string, string>;
};

/**
 * Downloads the list as the user sees it: its filters, sort and visible columns, headers in the
 * UI's language. A plain link, so the browser streams the file to disk however large it is.
 */
export function ExportButton({
  target,
  columns,
}: {
  target: ExportTarget;
  /** The visible columns of a list, in order (a report has fixed columns). */
  columns?: readonly string[];
}) {
  const { t } = useTranslation();
  const { page: _page, pageSize: _pageSize, ...query } = target.query;
  const url = (format: 'xlsx' | 'csv') =>
    withQuery(fillPath(target.path, target.pathParams), {
      ...query,
      format,
      language: currentLanguage(),
      ...(columns ? { columns: columns.join(',') } : {}),
    });
  const items = (['xlsx', 'csv'] as const).map((format) => ({
    key: format,
    label: (
      <a href={url(format)} download data-testid={`export-${format}`}>
        {t(`records.export.${format}`)}
      </a>
    ),
  }));
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<DownloadOutlined />} data-testid="export">
        {t('records.export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
