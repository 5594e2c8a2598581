import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router-dom';
import { RequireArea, RequireAuth } from './auth/require-auth';
import { FullPageSpin } from './components/full-page-spin';
import { lazyPage } from './components/lazy-page';
import { COMING_SOON_AREAS } from './layout/areas';

// Every page, and the signed-in layout itself, is its own chunk: the first load stays small.
const MainLayout = lazyPage(() =>
  import('./layout/main-layout').then((module) => module.MainLayout),
);
const LoginPage = lazyPage(() => import('./pages/login-page').then((module) => module.LoginPage));
const WorkbenchPage = lazyPage(() =>
  import('./pages/workbench/workbench-page').then((module) => module.WorkbenchPage),
);
const CustomersPage = lazyPage(() =>
  import('./pages/customers/customers-page').then((module) => module.CustomersPage),
);
const CustomerDetailPage = lazyPage(() =>
  import('./pages/customers/customer-detail-page').then((module) => module.CustomerDetailPage),
);
const LeadsPage = lazyPage(() =>
  import('./pages/leads/leads-page').then((module) => module.LeadsPage),
);
const LeadDetailPage = lazyPage(() =>
  import('./pages/leads/lead-detail-page').then((module) => module.LeadDetailPage),
);
const OpportunitiesPage = lazyPage(() =>
  import('./pages/opportunities/opportunities-page').then((module) => module.OpportunitiesPage),
);
const PoolPage = lazyPage(() => import('./pages/pool/pool-page').then((module) => module.PoolPage));
const ContactsPage = lazyPage(() =>
  import('./pages/contacts/contacts-page').then((module) => module.ContactsPage),
);
const TicketsPage = lazyPage(() =>
  import('./pages/tickets/tickets-page').then((module) => module.TicketsPage),
);
const TicketDetailPage = lazyPage(() =>
  import('./pages/tickets/ticket-detail-page').then((module) => module.TicketDetailPage),
);
const FeedbackPage = lazyPage(() =>
  import('./pages/feedback/feedback-page').then((module) => module.FeedbackPage),
);
const FeedbackDetailPage = lazyPage(() =>
  import('./pages/feedback/feedback-detail-page').then((module) => module.FeedbackDetailPage),
);
const CampaignsPage = lazyPage(() =>
  import('./pages/campaigns/campaigns-page').then((module) => module.CampaignsPage),
);
const ContractsPage = lazyPage(() =>
  import('./pages/contracts/contracts-page').then((module) => module.ContractsPage),
);
const ContractDetailPage = lazyPage(() =>
  import('./pages/contracts/contract-detail-page').then((module) => module.ContractDetailPage),
);
const PaymentsPage = lazyPage(() =>
  import('./pages/payments/payments-page').then((module) => module.PaymentsPage),
);
const OpportunityDetailPage = lazyPage(() =>
  import('./pages/opportunities/opportunity-detail-page').then(
    (module) => module.OpportunityDetailPage,
  ),
);
const ComingSoonPage = lazyPage(() =>
  import('./pages/coming-soon-page').then((module) => module.ComingSoonPage),
);
const AppraisalPage = lazyPage(() =>
  import('./pages/appraisal/appraisal-page').then((module) => module.AppraisalPage),
);
const ReportsPage = lazyPage(() =>
  import('./pages/reports/reports-page').then((module) => module.ReportsPage),
);
const TeamPage = lazyPage(() => import('./pages/team/team-page').then((module) => module.TeamPage));
const ReviewPage = lazyPage(() =>
  import('./pages/review/review-page').then((module) => module.ReviewPage),
);
const TemplatesPage = lazyPage(() =>
  import('./pages/admin/templates-page').then((module) => module.TemplatesPage),
);
const NotFoundPage = lazyPage(() =>
  import('./pages/status-pages').then((module) => module.NotFoundPage),
);
const UsersPage = lazyPage(() =>
  import('./pages/admin/users-page').then((module) => module.UsersPage),
);
const DepartmentsPage = lazyPage(() =>
  import('./pages/admin/departments-page').then((module) => module.DepartmentsPage),
);
const RolesPage = lazyPage(() =>
  import('./pages/admin-settings/roles-page').then((module) => module.RolesPage),
);
const StagesPage = lazyPage(() =>
  import('./pages/admin-settings/stages-page').then((module) => module.StagesPage),
);
const KeyFieldsPage = lazyPage(() =>
  import('./pages/admin-settings/key-fields-page').then((module) => module.KeyFieldsPage),
);
const FieldAccessPage = lazyPage(() =>
  import('./pages/admin-settings/field-access-page').then((module) => module.FieldAccessPage),
);
const TargetsPage = lazyPage(() =>
  import('./pages/admin-settings/targets-page').then((module) => module.TargetsPage),
);
const CustomMetricsPage = lazyPage(() =>
  import('./pages/admin-settings/custom-metrics-page').then((module) => module.CustomMetricsPage),
);
const RecognitionPage = lazyPage(() =>
  import('./pages/recognition/recognition-page').then((module) => module.RecognitionPage),
);
const RecognitionSettingsPage = lazyPage(() =>
  import('./pages/admin-settings/recognition-settings-page').then(
    (module) => module.RecognitionSettingsPage,
  ),
);
const CyclesPage = lazyPage(() =>
  import('./pages/admin-settings/cycles-page').then((module) => module.CyclesPage),
);
const PoolSettingsPage = lazyPage(() =>
  import('./pages/admin-settings/pool-settings-page').then((module) => module.PoolSettingsPage),
);
const ProductsPage = lazyPage(() =>
  import('./pages/admin-settings/products-page').then((module) => module.ProductsPage),
);
const ImportPage = lazyPage(() =>
  import('./pages/imports/import-page').then((module) => module.ImportPage),
);
const JobRunsPage = lazyPage(() =>
  import('./pages/admin-settings/job-runs-page').then((module) => module.JobRunsPage),
);

const whenLoaded = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;

const router = createBrowserRouter([
  { path: '/login', element: whenLoaded(<LoginPage />) },
  {
    element: <RequireAuth />,
    children: [
      {
        // MainLayout has its own Suspense around the page, so the menu stays put while a page loads.
        element: whenLoaded(<MainLayout />),
        children: [
          { index: true, element: <Navigate to="/workbench" replace /> },
          { path: 'workbench', element: <WorkbenchPage /> },
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/:id', element: <CustomerDetailPage /> },
          { path: 'pool', element: <PoolPage /> },
          { path: 'contacts', element: <ContactsPage /> },
          { path: 'tickets', element: <TicketsPage /> },
          { path: 'tickets/:id', element: <TicketDetailPage /> },
          { path: 'feedback', element: <FeedbackPage /> },
          { path: 'feedback/:id', element: <FeedbackDetailPage /> },
          { path: 'campaigns', element: <CampaignsPage /> },
          { path: 'appraisal', element: <AppraisalPage /> },
          {
            path: 'team',
            element: (
              <RequireArea area="team">
                <TeamPage />
              </RequireArea>
            ),
          },
          {
            path: 'reports',
            element: (
              <RequireArea area="reports">
                <ReportsPage />
              </RequireArea>
            ),
          },
          {
            path: 'review',
            element: (
              <RequireArea area="review">
                <ReviewPage />
              </RequireArea>
            ),
          },
          {
            path: 'recognition',
            element: (
              <RequireArea area="recognition">
                <RecognitionPage />
              </RequireArea>
            ),
          },
          { path: 'leads', element: <LeadsPage /> },
          { path: 'leads/:id', element: <LeadDetailPage /> },
          { path: 'opportunities', element: <OpportunitiesPage /> },
          { path: 'opportunities/:id', element: <OpportunityDetailPage /> },
          { path: 'contracts', element: <ContractsPage /> },
          { path: 'contracts/:id', element: <ContractDetailPage /> },
          { path: 'payments', element: <PaymentsPage /> },
          ...COMING_SOON_AREAS.map((area) => ({
            path: area,
            element: <ComingSoonPage area={area} />,
          })),
          {
            path: 'admin',
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              {
                path: 'users',
                element: (
                  <RequireArea area="users">
                    <UsersPage />
                  </RequireArea>
                ),
              },
              {
                path: 'departments',
                element: (
                  <RequireArea area="departments">
                    <DepartmentsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'templates',
                element: (
                  <RequireArea area="templates">
                    <TemplatesPage />
                  </RequireArea>
                ),
              },
              {
                path: 'roles',
                element: (
                  <RequireArea area="dataScopes">
                    <RolesPage />
                  </RequireArea>
                ),
              },
              {
                path: 'pipeline-stages',
                element: (
                  <RequireArea area="pipelineStages">
                    <StagesPage />
                  </RequireArea>
                ),
              },
              {
                path: 'key-fields',
                element: (
                  <RequireArea area="keyFields">
                    <KeyFieldsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'field-access',
                element: (
                  <RequireArea area="fieldAccess">
                    <FieldAccessPage />
                  </RequireArea>
                ),
              },
              {
                path: 'targets',
                element: (
                  <RequireArea area="targets">
                    <TargetsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'custom-metrics',
                element: (
                  <RequireArea area="customMetrics">
                    <CustomMetricsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'cycles',
                element: (
                  <RequireArea area="cycles">
                    <CyclesPage />
                  </RequireArea>
                ),
              },
              {
                path: 'recognition',
                element: (
                  <RequireArea area="recognitionSettings">
                    <RecognitionSettingsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'pool-settings',
                element: (
                  <RequireArea area="poolSettings">
                    <PoolSettingsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'products',
                element: (
                  <RequireArea area="products">
                    <ProductsPage />
                  </RequireArea>
                ),
              },
              {
                path: 'import',
                element: (
                  <RequireArea area="imports">
                    <ImportPage />
                  </RequireArea>
                ),
              },
              {
                path: 'job-runs',
                element: (
                  <RequireArea area="jobRuns">
                    <JobRunsPage />
                  </RequireArea>
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
