import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/current-user';
import { NAV_SECTIONS, offeredTo } from './navigation';
import type { NavEntry } from './navigation';

type MenuItem = Required<MenuProps>['items'][number];

const ADMIN_KEY = 'admin';

/** The entry whose path is the longest prefix of the current location. */
function selectedPath(pathname: string): string | undefined {
  return NAV_SECTIONS.flatMap((section) => section.entries)
    .map((entry) => entry.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

type SideMenuProps = { theme: 'light' | 'dark'; collapsed?: boolean; onNavigate?: () => void };

export function SideMenu({ theme, collapsed = false, onNavigate }: SideMenuProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const toItem = (entry: NavEntry): MenuItem => ({
    key: entry.path,
    icon: entry.icon,
    label: <span data-testid={`nav-${entry.label}`}>{t(`nav.${entry.label}`)}</span>,
  });

  const items = NAV_SECTIONS.flatMap((section): MenuItem[] => {
    const children = section.entries.filter((entry) => offeredTo(entry, user.areas)).map(toItem);
    if (!section.group || children.length === 0) return children;
    const label = t(`nav.${section.group}`);
    if (section.subMenu) return [{ key: ADMIN_KEY, icon: section.icon, label, children }];
    // A collapsed menu has no room for group titles: a divider separates the sections instead.
    if (collapsed) return [{ type: 'divider', key: `${section.group}-divider` }, ...children];
    return [{ type: 'group', key: section.group, label, children }];
  });

  const selected = selectedPath(pathname);
  return (
    <Menu
      data-testid="side-menu"
      aria-label={t('nav.label')}
      mode="inline"
      theme={theme}
      inlineCollapsed={collapsed}
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={pathname.startsWith('/admin') ? [ADMIN_KEY] : []}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
