import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Flex, Grid, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATA_SCOPES, listRoles, setRoleScope } from '../../api/admin-settings-api';
import type { DataScope, RoleScope } from '../../api/admin-settings-api';
import type { Role } from '../../api/users-api';
import { useFormatters } from '../../components/formatters';
import { useErrorReporter } from '../../components/use-error-reporter';
import { SettingsPageFrame } from './settings-page-frame';

const ROLES_KEY = ['admin-settings', 'roles'] as const;

/** Each role's data scope, changed in place, with every scope explained in a sentence. */
export function RolesPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const format = useFormatters();
  // On a phone the explanation goes under the choice instead of into columns off the screen.
  const narrow = Grid.useBreakpoint().md === false;
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const roles = useQuery({ queryKey: ROLES_KEY, queryFn: listRoles });
  const change = useMutation({
    mutationFn: ({ key, scope }: { key: Role; scope: DataScope }) => setRoleScope(key, scope),
    onSuccess: (saved) =>
      void message.success(
        t('adminSettings.roles.saved', {
          role: t(`roles.${saved.key}`),
          scope: t(`adminSettings.roles.scopes.${saved.dataScope}`),
        }),
      ),
    onError: (error) => reportError(error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ROLES_KEY }),
  });

  /** A scope decides what a whole role sees: asked once more, with what the new one means. */
  const confirm = (key: Role, scope: DataScope) =>
    void modal.confirm({
      title: t('adminSettings.roles.confirm', {
        role: t(`roles.${key}`),
        scope: t(`adminSettings.roles.scopes.${scope}`),
      }),
      content: t(`adminSettings.roles.explain.${scope}`),
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'confirm-scope' },
      onOk: () => change.mutateAsync({ key, scope }).catch(() => undefined),
    });

  const columns: TableProps<RoleScope>['columns'] = [
    {
      key: 'role',
      title: t('adminSettings.roles.role'),
      render: (_, role) => t(`roles.${role.key}`),
    },
    {
      key: 'scope',
      title: t('adminSettings.roles.scope'),
      render: (_, role) => (
        <Flex vertical gap={4}>
          <Select<DataScope>
            value={role.dataScope}
            style={{ width: narrow ? '100%' : 240 }}
            aria-label={`${t('adminSettings.roles.scope')}: ${t(`roles.${role.key}`)}`}
            data-testid={`scope-${role.key}`}
            disabled={change.isPending && change.variables.key === role.key}
            onChange={(scope) => confirm(role.key, scope)}
            popupMatchSelectWidth={320}
            options={DATA_SCOPES.map((scope) => ({
              value: scope,
              label: t(`adminSettings.roles.scopes.${scope}`),
              explanation: t(`adminSettings.roles.explain.${scope}`),
            }))}
            optionRender={(option) => (
              <Flex vertical>
                <span>{option.label}</span>
                <Typography.Text type="secondary" style={{ whiteSpace: 'normal', fontSize: 12 }}>
                  {option.data.explanation}
                </Typography.Text>
              </Flex>
            )}
          />
          {narrow && <Explanation scope={role.dataScope} />}
        </Flex>
      ),
    },
    {
      key: 'meaning',
      title: t('adminSettings.roles.meaning'),
      hidden: narrow,
      render: (_, role) => <Explanation scope={role.dataScope} />,
    },
    {
      key: 'updatedAt',
      title: t('adminSettings.roles.updatedAt'),
      hidden: narrow,
      render: (_, role) => format.dateTime(role.updatedAt),
    },
  ];

  return (
    <SettingsPageFrame
      title={t('adminSettings.roles.title')}
      intro={t('adminSettings.roles.intro')}
      query={roles}
      testId="roles-page"
    >
      <Card>
        <Table<RoleScope>
          rowKey="key"
          size="middle"
          columns={columns}
          dataSource={roles.data}
          pagination={false}
          scroll={narrow ? undefined : { x: 'max-content' }}
        />
      </Card>
    </SettingsPageFrame>
  );
}

function Explanation({ scope }: { scope: DataScope }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 420 }}>
      {t(`adminSettings.roles.explain.${scope}`)}
    </Typography.Text>
  );
}
