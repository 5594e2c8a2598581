/** Props of the small, unpaged tables inside detail pages (related records, plans, stage changes). */
export const COMPACT_TABLE = {
  rowKey: 'id',
  size: 'small',
  pagination: false,
  scroll: { x: 'max-content' },
} as const;
