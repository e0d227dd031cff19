import type { FigureSheetOrg, OrgType } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import { activeWithoutFigures } from '../reports/data/repository.ts';

/**
 * The yearly figures as a sheet: the organizations active on 31/12 of the year (the report's rule) that
 * have no figures for it yet, each an empty row to type or paste into. Read-only.
 */
export async function figureSheet(ctx: CoreContext, year: number): Promise<FigureSheetOrg[]> {
  return (await activeWithoutFigures(ctx.db, `${String(year)}-12-31`, year)).map((r) => ({
    organizationId: r.id,
    organizationName: r.name,
    organizationType: r.type as OrgType,
  }));
}
