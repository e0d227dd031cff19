import type { CommuneDto, CommuneMatchDto, ProvinceDto } from '../../contract/index.ts';
import { loadAdminUnits, type AdminUnits } from '../admin-units/index.ts';
import type { CoreContext } from '../context.ts';
import { getSettings } from '../settings/service.ts';

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

export function communeLabel(units: AdminUnits, code: string | null): string | null {
  if (!code) return null;
  const c = units.getCommune(code);
  if (!c) return null;
  const p = units.getProvince(c.provinceCode);
  return p ? `${c.fullName}, ${p.fullName}` : c.fullName;
}

export function listProvinces(ctx: CoreContext): ProvinceDto[] {
  return adminUnitsOf(ctx)
    .listProvinces()
    .map((p) => ({ code: p.code, name: p.fullName }));
}

/** The office's province unless another is asked for; all communes when no province is set yet. */
async function provinceOf(ctx: CoreContext, asked: string | undefined): Promise<string | undefined> {
  if (asked) return asked;
  const code = (await getSettings(ctx)).provinceCode;
  return code ? code.padStart(2, '0') : undefined;
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
      found.push({ code: m.commune.code, name: m.commune.fullName, provinceCode: m.commune.provinceCode, label: m.label, matchedBy: m.matchedBy });
      if (found.length >= limit) return found;
    }
  }
  return found;
}
