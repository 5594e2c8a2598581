/** Money is entered in yuan and sent in integer cents (12.3 → 1230), without float noise. */
export const yuanToCents = (yuan: number): number => Math.round(yuan * 100);
export const centsToYuan = (cents: number): number => cents / 100;
