/**
 * One rule for the year every page opens on: the latest year that has figures (the current year only when
 * none has), or the year the clerk chose earlier in this session. Choosing a year on one page carries it to
 * the others; a reload of the window keeps it (sessionStorage), a new window starts again from the data.
 */
import { useSyncExternalStore } from 'react';
import type { WorkingYears } from '../../src-main/contract/home.ts';
import { client } from '../api/client.ts';

const KEY = 'kttt.year';

let known: WorkingYears | undefined;
let asked: Promise<WorkingYears> | undefined;
const listeners = new Set<() => void>();
/** One empty list, so that the snapshot React compares stays the same while nothing is known. */
const NONE: readonly number[] = [];

function chosenYear(): number | undefined {
  const v = Number(sessionStorage.getItem(KEY));
  return Number.isInteger(v) && v >= 1945 && v <= 2100 ? v : undefined;
}

function notify(): void {
  for (const l of listeners) l();
}

/** Asks the core which years have figures (once, and again when the registry changes). */
export function loadWorkingYears(): Promise<WorkingYears> {
  asked ??= client.call('home.years', {}).then((r) => {
    known = r.ok ? r.value : { years: [], initial: new Date().getFullYear() };
    notify();
    return known;
  });
  return asked;
}

/** The year pages open on, as soon as it is known: the session's choice needs no answer from the core. */
export function workingYearNow(): number | undefined {
  return chosenYear() ?? known?.initial;
}

/** The year pages open on, waiting for the core when the session has not chosen one. */
export async function workingYear(): Promise<number> {
  return chosenYear() ?? (await loadWorkingYears()).initial;
}

export function chooseYear(year: number): void {
  sessionStorage.setItem(KEY, String(year));
  notify();
}

/** Years with figures, newest first (empty until known). */
export function yearsWithFigures(): readonly number[] {
  return known?.years ?? NONE;
}

let watching = false;

function subscribe(l: () => void): () => void {
  listeners.add(l);
  void loadWorkingYears();
  if (!watching) {
    // Figures typed or imported for a new year move the year pages open on; one watcher for the whole app.
    watching = true;
    client.onEvent('data.changed', (p) => {
      if (p.area !== 'registry' && p.area !== 'imports' && p.area !== 'database') return;
      asked = undefined;
      void loadWorkingYears();
    });
  }
  return () => listeners.delete(l);
}

let snapshot: { year: number | undefined; years: readonly number[] } = { year: undefined, years: [] };
function getSnapshot() {
  const year = workingYearNow();
  const years = yearsWithFigures();
  if (snapshot.year !== year || snapshot.years !== years) snapshot = { year, years };
  return snapshot;
}

/**
 * The working year for a page: undefined for the moment before the core has answered (a page then waits
 * rather than loading a year it would drop), and the setter every year chooser calls.
 */
export function useWorkingYear(): { year: number | undefined; years: readonly number[]; setYear(year: number): void } {
  const s = useSyncExternalStore(subscribe, getSnapshot);
  return { year: s.year, years: s.years, setYear: chooseYear };
}
