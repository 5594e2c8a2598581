/** Areas that have a menu entry but no page yet; each route shows the shared coming-soon page. */
export const COMING_SOON_AREAS = ['contracts', 'payments'] as const;

export type ComingSoonArea = (typeof COMING_SOON_AREAS)[number];
