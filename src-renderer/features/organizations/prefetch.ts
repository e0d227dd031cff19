/**
 * The organizations list is the biggest answer the app waits for (50,000 rows). When the app opens on
 * that page, asking for it while the rest of the code is still starting saves a few hundred milliseconds
 * of the first screen. Imported first by App.tsx for that reason; it loads nothing heavy itself.
 */
import type { OrgRow, Result } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { sectionFromHash } from '../../app/sections.ts';
import { workingYear } from '../../lib/working-year.ts';

let early: { year: number; answer: Promise<Result<OrgRow[]>> } | null = null;

if (sectionFromHash(window.location.hash) === 'to-chuc') {
  void workingYear().then((year) => {
    early ??= { year, answer: client.call('registry.listOrganizations', { year }) };
  });
}

/** The list asked for at start-up, once, if it is for this year; later loads ask the core again. */
export function takeEarlyOrganizations(year: number): Promise<Result<OrgRow[]>> | undefined {
  const e = early;
  early = null;
  return e && e.year === year ? e.answer : undefined;
}
