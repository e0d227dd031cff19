import type { CommuneDto, CommuneMatchDto, ProvinceDto } from '../../contract/index.ts';
import { loadAdminUnits, type AdminUnits } from '../admin-units/index.ts';
import type { CoreContext } from '../context.ts';
import { officeProvince } from '../settings/service.ts';

const cache = new Map<string, AdminUnits>();

/** The reference lists are read once per resources folder (about 50 ms) and shared by every service. */
export function adminUnitsOf(ctx: Pick<CoreContext, 'resourcesDir'>): AdminUnits {
  let units = cache.get(ctx.resourcesDir);
  if (!units) {
    units = loadAdminUnits(ctx.resourcesDir);
    cache.set(ctx.resourcesDir, units);
  }
  return units;
}

const labels = new WeakMap<AdminUnits, Map<string, string | null>>();

/** "Xã …, Tỉnh …" of a commune code; memoized, since a list of 50,000 organizations asks for a few hundred communes. */
export function communeLabel(units: AdminUnits, code: string | null): string | null {
  if (!code) return null;
  let memo = labels.get(units);
  if (!memo) labels.set(units, (memo = new Map()));
  if (memo.has(code)) return memo.get(code) ?? null;
  const c = units.getCommune(code);
  const p = c ? units.getProvince(c.provinceCode) : undefined;
  const label = c ? (p ? `${c.fullName}, ${p.fullName}` : c.fullName) : null;
  memo.set(code, label);
  return label;
}

export function listProvinces(ctx: CoreContext): ProvinceDto[] {
  return adminUnitsOf(ctx)
    .listProvinces()
    .map((p) => ({ code: p.code, name: p.fullName }));
}

/** The office's province unless another is asked for; all communes when no province is set yet. */
async function provinceOf(ctx: CoreContext, asked: string | undefined): Promise<string | undefined> {
  return asked ?? (await officeProvince(ctx));
}

export async function listCommunes(ctx: CoreContext, provinceCode?: string): Promise<CommuneDto[]> {
  const units = adminUnitsOf(ctx);
  const province = await provinceOf(ctx, provinceCode);
  const provinces = province ? [province] : units.listProvinces().map((p) => p.code);
  return provinces.flatMap((p) => units.communesOf(p).map((c) => ({ code: c.code, name: c.fullName, provinceCode: c.provinceCode })));
}

export async function searchCommunes(ctx: CoreContext, query: string, provinceCode?: string, limit = 30): Promise<CommuneMatchDto[]> {
  const units = adminUnitsOf(ctx);
  const province = await provinceOf(ctx, provinceCode);
  const provinces = province ? [province] : units.listProvinces().map((p) => p.code);
  const found: CommuneMatchDto[] = [];
  for (const p of provinces) {
    for (const m of units.findCommunes(p, query, { limit })) {
      found.push({
        code: m.commune.code,
        name: m.commune.fullName,
        provinceCode: m.commune.provinceCode,
        label: m.label,
        matchedBy: m.matchedBy,
      });
      if (found.length >= limit) return found;
    }
  }
  return found;
}
