import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportExportPath, type ReportKey } from '../../api/reports-api';
import { ExportButton } from '../../components/export-button';
import { UserSelect } from '../../components/people';
import { DayRangeFilter } from '../../components/url-filters';
import { DepartmentSelect } from '../admin/department-select';
import { useReportFilters } from './report-filters';

/** Period, department and person for every report, and the export of the open one. */
export function ReportFilterBar({ report }: { report: ReportKey }) {
  const { t } = useTranslation();
  const { filters, setFilters } = useReportFilters();
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <DayRangeFilter
        from={filters.from}
        to={filters.to}
        placeholder={[t('reports.filters.from'), t('reports.filters.to')]}
        onChange={(from, to) => setFilters({ from, to })}
      />
      <div style={{ width: 200 }}>
        <DepartmentSelect
          value={filters.departmentId ?? null}
          placeholder={t('reports.filters.department')}
          onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })}
        />
      </div>
      <UserSelect
        allowClear
        style={{ width: 180 }}
        placeholder={t('reports.filters.person')}
        value={filters.ownerId}
        onChange={(ownerId?: string) => setFilters({ ownerId })}
      />
      <ExportButton target={{ path: reportExportPath(report), query: filters }} />
    </Flex>
  );
}
