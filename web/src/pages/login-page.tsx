import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-client';
import { login } from '../api/auth-api';
import type { Credentials } from '../api/auth-api';
import { ME_KEY, fetchMe, startSession } from '../auth/session';
import { useFieldErrors, useErrorText } from '../components/use-error-reporter';
import { Brand } from '../layout/brand';
import { LanguageSwitch } from '../layout/language-switch';

/** Where to go after signing in: back to the page that sent us here, else the workbench. */
function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : null;
  if (typeof from !== 'object' || from === null || !('pathname' in from)) return '/workbench';
  const { pathname } = from;
  if (typeof pathname !== 'string' || pathname === '/login') return '/workbench';
  const search = 'search' in from && typeof from.search === 'string' ? from.search : '';
  return `${pathname}${search}`;
}

function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
  const target = returnPath(location.state);

  const signIn = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      startSession(queryClient, user);
      void navigate(target, { replace: true });
    },
    onError: (error) => setUnplaced(fieldErrors(error, form)),
  });

  if (me.data) return <Navigate to={target} replace />;

  // Wrong credentials and throttling get their own words; anything else says what went wrong.
  const describeFailure = (error: Error): { type: 'error' | 'warning'; title: string } => {
    if (error instanceof ApiError && error.status === 401) {
      return { type: 'error', title: t('auth.invalidCredentials') };
    }
    if (error instanceof ApiError && error.status === 429) {
      return { type: 'warning', title: t('auth.throttled') };
    }
    return { type: 'error', title: errorText(error) };
  };

  const problem = signIn.error ? describeFailure(signIn.error) : null;
  return (
    <>
      {problem && (
        <Alert
          type={problem.type}
          showIcon
          title={problem.title}
          description={unplaced.length > 0 ? unplaced.join(' ') : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Credentials>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => signIn.mutate(values)}
      >
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ required: true }, { type: 'email' }]}
        >
          <Input
            data-testid="login-email"
            prefix={<MailOutlined />}
            autoComplete="username"
            inputMode="email"
            autoFocus
            size="large"
          />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
          <Input.Password
            data-testid="login-password"
            prefix={<LockOutlined />}
            autoComplete="current-password"
            size="large"
          />
        </Form.Item>
        <Button
          data-testid="login-submit"
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={signIn.isPending}
        >
          {t('auth.submit')}
        </Button>
      </Form>
    </>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: '64px 16px 16px',
        background: 'linear-gradient(160deg, #e8effa 0%, #f5f8fc 50%, #ffffff 100%)',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 32 } }}>
        <Flex vertical gap={6} style={{ marginBottom: 28 }}>
          <Brand />
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.subtitle')}</Typography.Paragraph>
        <LoginForm />
      </Card>
    </Flex>
  );
}
