import { MenuOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Grid, Layout, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { FullPageSpin } from '../components/full-page-spin';
import { QuickCaptureButton } from '../pages/quick-capture/quick-capture-button';
import { Brand } from './brand';
import { HeaderSearch } from './header-search';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';
import { SideMenu } from './side-menu';
import { UserMenu } from './user-menu';

const SIDER_WIDTH = 220;

/**
 * Signed-in shell: side menu (a drawer on phones), header with language and account, page.
 * antd's App (message and modal context) lives here, not at the root, so the first chunk and the
 * login page do not carry it.
 */
export function MainLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        {narrow ? (
          <Drawer
            placement="left"
            size={SIDER_WIDTH + 40}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={<Brand />}
            closable={false}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu theme="light" onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            width={SIDER_WIDTH}
            style={{ position: 'sticky', top: 0, height: '100vh' }}
          >
            {/* Only the menu scrolls: the brand stays on top and the collapse trigger below. */}
            <Flex vertical style={{ height: '100%' }}>
              <Flex
                align="center"
                style={{ flex: 'none', height: 56, paddingInline: collapsed ? 26 : 20 }}
              >
                <Brand compact={collapsed} dark />
              </Flex>
              <div
                style={{
                  flex: 1,
                  minHeight: 0,
                  overflowY: 'auto',
                  scrollbarWidth: 'thin',
                  scrollbarColor: 'rgba(255,255,255,0.25) transparent',
                }}
              >
                <SideMenu theme="dark" collapsed={collapsed} />
              </div>
            </Flex>
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 10,
              height: 56,
              lineHeight: 'normal',
              paddingInline: narrow ? 12 : 24,
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Flex
              align="center"
              justify="space-between"
              gap={12}
              style={{ height: '100%', width: '100%' }}
            >
              <Flex align="center" gap={8} style={{ minWidth: 0 }}>
                {narrow && (
                  <Button
                    type="text"
                    icon={<MenuOutlined />}
                    aria-label={t('nav.openMenu')}
                    data-testid="open-menu"
                    onClick={() => setDrawerOpen(true)}
                  />
                )}
                {narrow && <Brand compact />}
                <HeaderSearch compact={narrow} />
              </Flex>
              <Flex align="center" gap={narrow ? 8 : 16} style={{ marginInlineStart: 'auto' }}>
                <QuickCaptureButton compact={narrow} />
                <NotificationBell narrow={narrow} />
                <LanguageSwitch />
                <UserMenu showName={!narrow} />
              </Flex>
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </App>
  );
}
