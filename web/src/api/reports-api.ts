import { api, type QueryOf, type ResponseOf } from './api-client';
import type { operations } from './generated/schema';

export type ReportFilters = QueryOf<'/api/v1/reports/funnel', 'get'>;
export type FunnelReport = ResponseOf<'/api/v1/reports/funnel', 'get'>;
export type StageDurationsReport = ResponseOf<'/api/v1/reports/stage-durations', 'get'>;
export type SalesReport = ResponseOf<'/api/v1/reports/sales', 'get'>;
export type SalesRow = SalesReport['total'];
export type Cockpit = ResponseOf<'/api/v1/reports/cockpit', 'get'>;
export type ReportDrill = FunnelReport['steps'][number]['drill'];
export type AdoptionReport = ResponseOf<'/api/v1/reports/adoption', 'get'>;
export type AdoptionRow = AdoptionReport['total'][number];
export type WinLossReport = ResponseOf<'/api/v1/reports/win-loss', 'get'>;
export type WinLossRow = WinLossReport['total'];
export type ServiceReport = ResponseOf<'/api/v1/reports/service', 'get'>;
export type ServiceRow = ServiceReport['total'];
export type ReportKey = NonNullable<operations['exportReport']['parameters']['path']>['report'];

export const getFunnel = (query: ReportFilters) => api.get('/api/v1/reports/funnel', { query });
export const getStageDurations = (query: ReportFilters) =>
  api.get('/api/v1/reports/stage-durations', { query });
export const getSales = (query: ReportFilters) => api.get('/api/v1/reports/sales', { query });
export const getCockpit = (query: ReportFilters) => api.get('/api/v1/reports/cockpit', { query });
export const getAdoption = (query: ReportFilters) => api.get('/api/v1/reports/adoption', { query });
export const getWinLoss = (query: ReportFilters) => api.get('/api/v1/reports/win-loss', { query });
export const getService = (query: ReportFilters) => api.get('/api/v1/reports/service', { query });

/** Where a report is exported (as XLSX or CSV, see ExportButton). */
export type ReportExportPath = `/api/v1/reports/${ReportKey}/export`;
export const reportExportPath = (report: ReportKey): ReportExportPath =>
  `/api/v1/reports/${report}/export`;
