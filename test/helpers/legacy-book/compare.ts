/**
 * Reading a round trip's outcome: every way it differs from the truth, one line each ("active.HTX: expected
 * 3, got 2"), so a failure reads as a list of figures and a triage can group failures by figure.
 */
import type { ExactAverages } from './oracle.ts';
import type { ImportSheetJson, RoundtripResult } from './roundtrip.ts';

export interface Problem {
  /** Stable key for grouping: "report:active.HTX", "db:THT", "import:exit", "reconcile"… */
  key: string;
  message: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "a.b.c" → value, flattening the expected object into leaves. */
function leaves(v: unknown, prefix = ''): Array<[string, unknown]> {
  if (!isRecord(v)) return [[prefix, v]];
  return Object.entries(v).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k));
}

function at(v: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);
}

const AVERAGES = new Set<keyof ExactAverages>(['avgRevenuePerHtx', 'avgProfitPerHtx', 'avgIncomePerWorkerMonth']);

function sameFigure(key: string, expected: unknown, actual: unknown, exact: ExactAverages): boolean {
  if (AVERAGES.has(key as keyof ExactAverages)) {
    const x = exact[key as keyof ExactAverages];
    if (x === null || typeof actual !== 'number') return actual === x;
    return Number.isInteger(actual) && Math.abs(actual - x) <= 0.5 + 1e-6;
  }
  if (key === 'certifiedHtxShare' && typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) < 1e-9;
  return Object.is(expected, actual);
}

function reportProblems(r: RoundtripResult): Problem[] {
  if (r.reportExit !== 0 || r.report === null)
    return [{ key: 'report:exit', message: `report annual exited ${r.reportExit}: ${r.reportErr.split('\n')[0] ?? ''}` }];
  const out: Problem[] = [];
  for (const [key, expected] of leaves(r.oracle.expected)) {
    const actual = at(r.report, key);
    if (!sameFigure(key, expected, actual, r.oracle.exact))
      out.push({ key: `report:${key}`, message: `${key}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}` });
  }
  return out;
}

function dbProblems(r: RoundtripResult): Problem[] {
  if (r.dbCounts === null) return [{ key: 'db:unreadable', message: 'database could not be read' }];
  const out: Problem[] = [];
  for (const [type, n] of Object.entries(r.truthCounts)) {
    const got = r.dbCounts[type as keyof typeof r.dbCounts];
    if (got !== n) out.push({ key: `db:${type}`, message: `live ${type} in the database: expected ${n}, got ${got}` });
  }
  return out;
}

function sheetsOf(json: unknown): ImportSheetJson[] | null {
  if (!isRecord(json) || !Array.isArray(json.sheets)) return null;
  return json.sheets.filter(isRecord) as unknown as ImportSheetJson[];
}

/** The message of a failed command, from its JSON error on stdout or its stderr. */
function errorText(stdout: string, stderr: string): string {
  try {
    const j: unknown = JSON.parse(stdout);
    if (isRecord(j) && isRecord(j.error) && typeof j.error.message === 'string') return j.error.message;
  } catch {
    // not JSON
  }
  return (stderr || stdout).split('\n').slice(0, 3).join(' / ');
}

function importProblems(r: RoundtripResult): Problem[] {
  if (r.importExit !== 0) return [{ key: 'import:exit', message: `import exited ${r.importExit}: ${errorText(r.importOut, r.importErr)}` }];
  let json: unknown;
  try {
    json = JSON.parse(r.importOut);
  } catch {
    return [{ key: 'import:json', message: 'import --json did not print JSON' }];
  }
  const sheets = sheetsOf(json);
  if (sheets === null)
    return [
      {
        key: 'import:shape',
        message: `import --json has no sheets[] (keys: ${isRecord(json) ? Object.keys(json).join(', ') : typeof json})`,
      },
    ];
  const out: Problem[] = [];
  if (!isRecord(json) || json.committed !== true) out.push({ key: 'import:committed', message: 'import --json says committed: false' });
  for (const s of sheets) {
    const c: Partial<ImportSheetJson['counts']> = isRecord(s.counts) ? s.counts : {};
    const parts = [s.sourceRows, c.new, c.update, c.unchanged, c.merged, c.excluded];
    if (!parts.every((n) => typeof n === 'number')) {
      const missing = ['sourceRows', 'counts.new', 'counts.update', 'counts.unchanged', 'counts.merged', 'counts.excluded'].filter(
        (_k, i) => typeof parts[i] !== 'number',
      );
      out.push({ key: 'import:shape', message: `sheet "${s.name}": the import JSON lacks ${missing.join(', ')}` });
      continue;
    }
    const [rows = 0, ...counts] = parts as number[];
    const sum = counts.reduce((a, b) => a + b, 0);
    if (rows !== sum)
      out.push({
        key: 'import:reconcile',
        message: `sheet "${s.name}": sourceRows ${rows} ≠ new + update + unchanged + merged + excluded = ${counts.join(' + ')} = ${sum}`,
      });
  }
  return out;
}

export function problemsOf(r: RoundtripResult): Problem[] {
  return [...importProblems(r), ...dbProblems(r), ...reportProblems(r)];
}
