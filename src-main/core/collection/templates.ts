import type { CollectionPeriod, TemplateFile, TemplateSplit } from '../../contract/collection.ts';
import { FIGURE_VALUE_FIELDS } from '../../contract/fields.ts';
import { foldVietnamese } from '../../shared/index.ts';
import type { CoreContext } from '../context.ts';
import { communeName } from '../inspections/common.ts';
import { ENTITY_CONFIG } from '../registry/entities.ts';
import { getSettings } from '../settings/service.ts';
import { expectedOrganizations, figuresOfPeriod, type ExpectedOrg, type FigureValues } from './repository.ts';
import { writeTemplate, type TemplateOrg, type TemplateUnit } from './template-writer.ts';
import { zipStored } from './zip.ts';

/** The last day of a period: figures and organizations are counted up to it. */
export const periodEnd = (year: number, period: CollectionPeriod): string => (period === 'Y' ? `${year}-12-31` : `${year}-06-30`);

const PERIOD_SLUG: Record<CollectionPeriod, string> = { Y: 'ca-nam', H1: '6-thang' };

export const slug = (text: string): string =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** The figures of a stored row by field key (the same keys as the import's). */
function previousOf(f: FigureValues | undefined): Record<string, number | null> {
  if (!f) return {};
  const values = ENTITY_CONFIG.figures.fromColumns({ ...f });
  return Object.fromEntries(FIGURE_VALUE_FIELDS.map((x) => [x.key, typeof values[x.key] === 'number' ? (values[x.key] as number) : null]));
}

function templateOrg(ctx: CoreContext, o: ExpectedOrg, previous: Map<number, FigureValues>): TemplateOrg {
  return {
    id: o.id,
    type: o.type,
    name: o.name,
    regCode: o.reg_code,
    address: o.street ?? o.legacy_address ?? '',
    commune: communeName(ctx, o.commune_code) ?? '',
    status: o.status,
    sectors: JSON.parse(o.sectors) as string[],
    previous: previousOf(previous.get(o.id)),
  };
}

interface Group {
  scope: string;
  unitName: string;
  fileStem: string;
  orgs: ExpectedOrg[];
}

function groupsOf(ctx: CoreContext, orgs: readonly ExpectedOrg[], by: TemplateSplit, province: string): Group[] {
  if (by === 'province') return [{ scope: 'province', unitName: province || 'Toàn tỉnh', fileStem: 'toan-tinh', orgs: [...orgs] }];
  if (by === 'organization')
    return orgs.map((o) => ({ scope: `org:${o.id}`, unitName: o.name, fileStem: `${o.id}-${slug(o.name)}`, orgs: [o] }));
  return [...Map.groupBy(orgs, (o) => o.commune_code ?? '')].map(([code, list]) => {
    const name = communeName(ctx, code) ?? 'Chưa rõ xã, phường';
    return {
      scope: code === '' ? 'none' : code,
      unitName: name,
      fileStem: code === '' ? 'chua-ro-xa' : `${code}-${slug(name)}`,
      orgs: list,
    };
  });
}

/**
 * The templates of a year and period: one workbook per commune (or organization, or one for the province),
 * with the organizations expected to report, pre-filled, and their figures of the same period a year before.
 */
export async function exportTemplates(
  ctx: CoreContext,
  input: { year: number; period: CollectionPeriod; by: TemplateSplit; communeCodes?: readonly string[] | undefined },
): Promise<(TemplateFile & { bytes: Uint8Array })[]> {
  const { year, period } = input;
  const [orgs, previousRows, settings] = await Promise.all([
    expectedOrganizations(ctx.db, periodEnd(year, period), input.communeCodes),
    figuresOfPeriod(ctx.db, year - 1, period),
    getSettings(ctx),
  ]);
  const previous = new Map(previousRows.map((f) => [f.organization_id, f]));
  const files: (TemplateFile & { bytes: Uint8Array })[] = [];
  for (const g of groupsOf(ctx, orgs, input.by, settings.placeName)) {
    const unit: TemplateUnit = {
      year,
      period,
      scope: g.scope,
      unitName: g.unitName,
      officeName: settings.officeName,
      orgs: g.orgs.map((o) => templateOrg(ctx, o, previous)),
    };
    const bytes = await writeTemplate(unit);
    files.push({
      fileName: `mau-bao-cao-${year}-${PERIOD_SLUG[period]}-${g.fileStem}.xlsx`,
      contentBase64: '',
      organizations: g.orgs.length,
      bytes,
    });
  }
  return files;
}

/** Every template of an export in one .zip, named after the year and period. */
export function bundleOf(
  files: readonly (TemplateFile & { bytes: Uint8Array })[],
  year: number,
  period: CollectionPeriod,
  at: Date,
): TemplateFile {
  const zip = zipStored(
    files.map((f) => ({ name: f.fileName, bytes: f.bytes })),
    at,
  );
  return {
    fileName: `mau-bao-cao-${year}-${PERIOD_SLUG[period]}.zip`,
    contentBase64: Buffer.from(zip).toString('base64'),
    organizations: files.reduce((s, f) => s + f.organizations, 0),
  };
}
