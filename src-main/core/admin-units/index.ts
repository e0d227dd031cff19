// Administrative units: the 34 provinces / 3,321 communes in force since 01/07/2025, the pre-2025
// 63 / 696 / 10,035 list, and the old→new mapping between them (data in resources/admin-units/,
// built by scripts/build-admin-units.ts).
export { AdminUnits, loadAdminUnits } from './admin-units.ts';
export type * from './types.ts';
