/**
 * The organizations list is the biggest answer the app waits for (50,000 rows). When the app opens on
 * that page, asking for it while the rest of the code is still starting saves a few hundred milliseconds
 * of the first screen: the entry (main.tsx) asks for it, and the core prepares it while the browser loads and
 * compiles the rest of the app. It loads nothing heavy itself.
 */
import type { OrgGridList, Result } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { sectionFromHash } from '../../app/sections.ts';
import { workingYear } from '../../lib/working-year.ts';

/** The list asked for at start-up: settled once, with the year it was asked for. */
let early: Promise<{ year: number; answer: Result<OrgGridList> }> | null = null;

/** Called by the entry once the rest of the app is on its way: asks for the list if the app opens on the grid. */
export function prefetchOrganizations(): void {
  if (sectionFromHash(window.location.hash) !== 'to-chuc') return;
  early = workingYear().then(async (year) => ({ year, answer: await client.call('registry.organizationGrid', { year }) }));
}

/** The organizations with `year`'s figures: the list asked for at start-up the first time (if for this year), then anew. */
export async function loadOrganizations(year: number): Promise<Result<OrgGridList>> {
  const e = early;
  early = null;
  const got = e ? await e : null;
  return got && got.year === year ? got.answer : client.call('registry.organizationGrid', { year });
}
