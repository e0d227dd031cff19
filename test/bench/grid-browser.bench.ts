import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { startWebServer, type WebServer } from '../../src-main/web/server.ts';
import type { App } from '../../src-main/core/app.ts';
import { launchChromium, RENDERER_BUILD } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/temp.ts';
import { record } from './measure.ts';
import { disposeSeeded, seedLargeRegistry } from './seed.ts';

/**
 * Issue 3 targets for the organizations grid, in Chromium through the browser door, with 50,000
 * organizations and 10 years of figures: first rows within 1.5 s of opening the page, sort and search
 * within 300 ms, one edit saved and confirmed within 50 ms, renderer JS heap under 300 MB.
 * Issue 15 adds a yardstick measured side by side in the same Chromium: a bare AG Grid page
 * (test/bench/bare-grid) showing 50,000 rows held in memory; the grid's first rows within 2× its time.
 * Times are taken inside the page (performance.now) so the test driver's round trips do not count.
 */
const YEAR = new Date().getFullYear() - 1; // the grid opens on the last finished year
let seeded: { app: App; dir: string };
let server: WebServer;
let bareServer: WebServer;
let browser: Browser;
let page: Page;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** `targetMs` undefined: a yardstick, recorded without a target. */
function report(name: string, samples: number[], targetMs: number | undefined, note?: string): void {
  const p50 = median(samples);
  record({
    name,
    iterations: samples.length,
    p50Ms: p50,
    maxMs: Math.max(...samples),
    samplesMs: samples.map((x) => Math.round(x)),
    ...(targetMs === undefined ? {} : { targetMs, met: p50 <= targetMs }),
    ...(note ? { note } : {}),
  });
}

/** Ms from navigation start to the first row's name drawn, read in the page. */
async function timeToFirstRow(url: string, firstName: string): Promise<number> {
  await page.goto(url);
  await page.locator(firstName).waitFor({ timeout: 30_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return performance.now() - (nav ? nav.startTime : 0);
  });
}

/** Opens the app and returns ms from navigation start to the first grid row drawn. */
function openAndTime(): Promise<number> {
  return timeToFirstRow(`${server.openUrl}#/to-chuc`, FIRST_NAME);
}

const BARE_BUILD = path.join(REPO_ROOT, 'out', 'bench-bare-grid');

/** The bare AG Grid page, built like the renderer (Vite, minified) into its own folder. */
async function buildBareGrid(): Promise<void> {
  await build({
    root: path.join(REPO_ROOT, 'test', 'bench', 'bare-grid'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir: BARE_BUILD, emptyOutDir: true, minify: true },
  });
}

type Done =
  | { kind: 'textChanged'; selector: string }
  | { kind: 'textIncludes'; selector: string; text: string }
  | { kind: 'settled'; selector: string; prefix: string };

/**
 * Arms a stopwatch in the page that starts at the next `startEvent` (the clerk's click, keystroke or
 * input) and stops at the first check where `done` holds; then runs `act` from the driver and reads it.
 * Arming is awaited before acting: the driver's next input could otherwise overtake the arming script.
 */
async function timeInPage(
  startEvent: 'click' | 'input' | 'keydown',
  done: Done,
  act: () => Promise<void>,
  from: 'first' | 'last' = 'first',
): Promise<number> {
  await page.evaluate(
    ([ev, d, fromLast]) => {
      const w = window as unknown as { __stopwatch?: Promise<number> };
      w.__stopwatch = new Promise<number>((resolve, reject) => {
        let t0 = 0;
        const text = () => document.querySelector(d.selector)?.textContent ?? '';
        const initial = text();
        // From the last event: the clerk's last key, after which the answer is what the clerk waits for.
        // The event's own time stamp: a key pressed while the page is busy waits in the queue, and the clerk feels that.
        if (fromLast) document.addEventListener(ev, (e) => (t0 = e.timeStamp), { capture: true });
        else document.addEventListener(ev, () => (t0 ||= performance.now()), { capture: true, once: true });
        const holds = () => {
          if (d.kind === 'textChanged') return text() !== initial;
          if (d.kind === 'textIncludes') return text().includes(d.text);
          const el = document.querySelector(d.selector);
          return !!el && !el.classList.contains('kttt-pending') && text().startsWith(d.prefix);
        };
        const began = performance.now();
        const check = () => {
          if (t0 && holds()) resolve(performance.now() - t0);
          else if (performance.now() - began > 30_000) reject(new Error(`timeout waiting for ${JSON.stringify(d)}`));
          // Checked every millisecond rather than per frame: an edit's answer can come between frames.
          else setTimeout(check, 1);
        };
        check();
      });
    },
    [startEvent, done, from === 'last'] as const,
  );
  await act();
  return page.evaluate(() => (window as unknown as { __stopwatch: Promise<number> }).__stopwatch);
}

const FIRST_NAME = '.kttt-grid .ag-row[row-index="0"] .ag-cell[col-id="name"]';
const FIRST_FOUNDED = '.kttt-grid .ag-row[row-index="0"] .ag-cell[col-id="foundedOn"]';
const COUNT = '.kttt-count';

beforeAll(async () => {
  seeded = await seedLargeRegistry(50_000, 10, YEAR);
  server = await startWebServer({ app: seeded.app, staticDir: RENDERER_BUILD });
  await buildBareGrid();
  bareServer = await startWebServer({ app: seeded.app, staticDir: BARE_BUILD });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1920, height: 1000 }, locale: 'vi-VN' });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await bareServer?.close();
  if (seeded) await disposeSeeded(seeded);
});

describe('organizations grid in Chromium, 50,000 organizations × 10 years', () => {
  test('first rows visible after opening the page, against a bare AG Grid page', async () => {
    const samples: number[] = [];
    const bare: number[] = [];
    // Side by side: each round opens the bare page, then the app, so both see the same load.
    for (let i = 0; i < 5; i++) {
      bare.push(await timeToFirstRow(bareServer.openUrl, '.ag-row[row-index="0"] .ag-cell[col-id="name"]'));
      samples.push(await openAndTime());
    }
    expect(await page.locator('.kttt-count').innerText()).toContain('50.000 dòng');
    report('browser: bare AG Grid page, 50,000 rows in memory, first rows visible (baseline)', bare, undefined);
    report('browser: organizations grid, first rows visible', samples, Math.min(1500, 2 * median(bare)));
    const ratios = samples.map((s, i) => s / (bare[i] ?? s));
    record({
      name: 'browser: organizations grid ÷ bare AG Grid page, first rows (median of the rounds)',
      ratio: Math.round(median(ratios) * 100) / 100,
      ratios: ratios.map((r) => Math.round(r * 100) / 100),
      target: 2,
      met: median(ratios) <= 2,
    });
  }, 300_000);

  test('sort by name, then by founding date', async () => {
    // Let the search keys warm up first, as they do while a clerk looks at the first screen.
    await page.waitForTimeout(3000);
    const byName: number[] = [];
    const byDate: number[] = [];
    for (let i = 0; i < 4; i++) {
      byName.push(
        await timeInPage('click', { kind: 'textChanged', selector: FIRST_NAME }, () =>
          page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-text').click(),
        ),
      );
      byDate.push(
        await timeInPage('click', { kind: 'textChanged', selector: FIRST_FOUNDED }, () =>
          page.locator('.ag-header-cell[col-id="foundedOn"] .ag-header-cell-text').click(),
        ),
      );
    }
    report('browser: sort 50,000 rows by name', byName, 300);
    report('browser: sort 50,000 rows by founding date', byDate, 300);
  }, 300_000);

  test('search without diacritics', async () => {
    const box = page.getByRole('searchbox', { name: 'Tìm trong bảng Tổ chức KTTT' });
    const samples: number[] = [];
    for (const q of ['hoa binh', 'htx che 123', 'quy tin dung tan lap', 'rau an toan 4', 'dich vu']) {
      await box.fill('');
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.startsWith('50.000 dòng'), COUNT);
      // From the input event to the new row count. fill() inserts the text in one input event, as a paste
      // does: the grid searches it at once, without the pause it leaves a typist between keystrokes.
      samples.push(await timeInPage('input', { kind: 'textIncludes', selector: COUNT, text: ' / ' }, () => box.fill(q)));
    }
    report('browser: search 50,000 rows (text inserted at once, as pasted)', samples, 300);
    // The worst case: a search the moment the rows appear, before the idle-time keys are built.
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await openAndTime();
      cold.push(await timeInPage('input', { kind: 'textIncludes', selector: COUNT, text: ' / ' }, () => box.fill('hoa binh')));
    }
    report('browser: first search right after opening (search keys not built yet)', cold, 300, 'text inserted at once, as pasted');
    // The same typed key by key as fast as the driver sends the keys: from the first key to the answer, so
    // the typing itself and the 80 ms pause after the last key are counted (a yardstick, no target). The
    // last key changes the count, so a search of a shorter text, had one started between keys, cannot stop
    // the stopwatch: it waits for the count of the whole text, read once beforehand.
    const typedQuery = 'hoa binh 7';
    await box.fill('');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.startsWith('50.000 dòng'), COUNT);
    await box.fill(typedQuery);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes(' / '), COUNT);
    const answer = (await page.locator(COUNT).textContent())?.split(' / ')[0] ?? '';
    // The last key must change the count, or the stopwatch could stop at the answer to the text before it.
    await box.fill(typedQuery.slice(0, -1));
    await page.waitForFunction(([sel, n]) => !document.querySelector(sel)?.textContent?.startsWith(`${n} / `), [COUNT, answer] as const);
    const typed: number[] = [];
    for (let i = 0; i < 3; i++) {
      await openAndTime();
      const done: Done = { kind: 'settled', selector: COUNT, prefix: `${answer} / ` };
      typed.push(await timeInPage('input', done, () => box.pressSequentially(typedQuery)));
    }
    report('browser: first search right after opening, typed key by key (from the first key)', typed, undefined);
    // What the clerk waits for after typing: from the last key to the answer, the 80 ms pause included. Keys
    // sent as fast as the driver can, and at a quick typist's pace (one every 120 ms: searches of the text so
    // far start between keys, as they do for a clerk).
    for (const delay of [0, 120]) {
      const fromLastKey: number[] = [];
      for (let i = 0; i < 3; i++) {
        await openAndTime();
        const done: Done = { kind: 'settled', selector: COUNT, prefix: `${answer} / ` };
        fromLastKey.push(await timeInPage('keydown', done, () => box.pressSequentially(typedQuery, { delay }), 'last'));
      }
      const pace = delay === 0 ? 'keys as fast as sent' : `a key every ${delay} ms`;
      report(`browser: first search right after opening, typed key by key (${pace}), from the last key`, fromLastKey, 300);
    }
    await box.fill('');
  }, 300_000);

  test('one cell edit saved to SQLite and confirmed', async () => {
    const samples: number[] = [];
    const street = '.kttt-grid .ag-row[row-index="0"] .ag-cell[col-id="street"]';
    // A fresh page in the core's order: under a sort with ties the edited row may move away from row 0.
    await openAndTime();
    for (let i = 0; i < 10; i++) {
      await page.locator(street).click();
      await page.keyboard.type(`Thôn ${String(i)}`);
      // From the Enter that commits to the moment the cell is no longer marked as waiting for the core.
      samples.push(
        await timeInPage('keydown', { kind: 'settled', selector: street, prefix: `Thôn ${String(i)}` }, () => page.keyboard.press('Enter')),
      );
    }
    report('browser: one cell edit saved and confirmed', samples, 50);
  }, 300_000);

  test('renderer JS heap', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const mb = heap.usedSize / 1024 / 1024;
    // The page at this point: a fresh load of the 50,000 rows (the edit test reopened it) and ten edits.
    record({
      name: 'browser: renderer JS heap after a fresh load of 50,000 rows and ten edits (MB)',
      valueMb: Math.round(mb),
      targetMb: 300,
      met: mb < 300,
    });
  }, 120_000);
});
