import { CheckCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listAllStages, listTargets } from '../../api/admin-settings-api';
import { listTemplates } from '../../api/appraisal-admin-api';
import { listDepartments } from '../../api/departments-api';
import { listUsers } from '../../api/users-api';

/** An optional step is worth a look but leaves nothing broken when skipped. */
type Step = { key: SetupStep; path: string; done: boolean | undefined; optional?: true };
type SetupStep = 'departments' | 'users' | 'templates' | 'targets' | 'stages';

/** An administrator's landing: what the organisation still has to configure before the appraisal means something. */
export function SetupCard() {
  const { t } = useTranslation();
  const departments = useQuery({ queryKey: ['departments'], queryFn: listDepartments });
  const users = useQuery({
    queryKey: ['users', 'count'],
    queryFn: () => listUsers({ page: 1, pageSize: 1 }),
  });
  const templates = useQuery({ queryKey: ['appraisal', 'templates'], queryFn: listTemplates });
  const targets = useQuery({ queryKey: ['targets', 'all'], queryFn: () => listTargets({}) });
  const stages = useQuery({ queryKey: ['pipeline-stages', 'all'], queryFn: listAllStages });

  const steps: Step[] = [
    { key: 'departments', path: '/admin/departments', done: has(departments.data) },
    // Someone besides the administrator signs in.
    { key: 'users', path: '/admin/users', done: users.data && users.data.total > 1 },
    {
      key: 'templates',
      path: '/admin/templates',
      done: templates.data?.some((template) => template.current !== null),
    },
    // Without per-person targets, the template's targets apply.
    { key: 'targets', path: '/admin/targets', done: has(targets.data), optional: true },
    { key: 'stages', path: '/admin/pipeline-stages', done: has(stages.data) },
  ];
  const loading = [departments, users, templates, targets, stages].some((query) => query.isPending);
  const left = steps.filter((step) => step.done === false && !step.optional).length;

  return (
    <Card
      title={t('workbench.setup.title')}
      extra={
        <Typography.Text type="secondary">
          {left === 0 ? t('workbench.setup.complete') : t('workbench.setup.left', { count: left })}
        </Typography.Text>
      }
      data-testid="setup-card"
    >
      <List<Step>
        loading={loading}
        dataSource={steps}
        renderItem={(step) => (
          <List.Item
            data-testid={`setup-${step.key}`}
            data-done={step.done ? 'yes' : 'no'}
            extra={<Link to={step.path}>{t('workbench.setup.open')}</Link>}
          >
            <List.Item.Meta
              avatar={
                step.done ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                ) : step.optional ? (
                  <InfoCircleFilled style={{ color: '#bfbfbf' }} />
                ) : (
                  <ExclamationCircleFilled style={{ color: '#faad14' }} />
                )
              }
              title={t(`workbench.setup.steps.${step.key}.title`)}
              description={t(`workbench.setup.steps.${step.key}.hint`)}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

const has = (items: readonly unknown[] | undefined): boolean | undefined =>
  items && items.length > 0;
