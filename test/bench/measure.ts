import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  name: string;
  iterations: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  targetMs?: number;
  met?: boolean;
  note?: string;
}

const RESULTS = path.resolve(import.meta.dirname, '../../out/bench-results.jsonl');

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** Times `fn` after warm-up runs; prints one line and appends it to out/bench-results.jsonl for docs/benchmarks.md. */
export async function measure(
  name: string,
  fn: () => unknown,
  opts: { iterations?: number; warmup?: number; targetMs?: number; note?: string } = {},
): Promise<Measured> {
  const iterations = opts.iterations ?? 10;
  for (let i = 0; i < (opts.warmup ?? 2); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const r: Measured = {
    name,
    iterations,
    meanMs: samples.reduce((s, x) => s + x, 0) / samples.length,
    p50Ms: quantile(samples, 0.5),
    p95Ms: quantile(samples, 0.95),
    maxMs: samples.at(-1) ?? 0,
    ...(opts.targetMs === undefined ? {} : { targetMs: opts.targetMs, met: quantile(samples, 0.5) <= opts.targetMs }),
    ...(opts.note ? { note: opts.note } : {}),
  };
  record(r);
  return r;
}

export function record(r: Measured | Record<string, unknown>): void {
  const line = JSON.stringify({
    ...r,
    at: new Date().toISOString(),
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    node: process.version,
  });
  console.log(`[bench] ${line}`);
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.appendFileSync(RESULTS, `${line}\n`);
}
