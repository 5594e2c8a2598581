import type { Messages } from '../i18n/en';

/** An area named in the side menu (a key of `nav` that is not the menu's own wording). */
export type ComingSoonArea = Exclude<keyof Messages['nav'], 'label' | 'openMenu'>;

/** Areas that have a menu entry but no page yet; each route shows the shared coming-soon page. */
export const COMING_SOON_AREAS: readonly ComingSoonArea[] = [];
