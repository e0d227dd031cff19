import type { ApiError } from '../contract/index.ts';

/** Where the CLI writes; injectable so tests read what a user would see. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function printError(io: CliOutput, json: boolean, error: ApiError): void {
  if (json) io.out(JSON.stringify({ ok: false, error }, null, 2));
  else io.err(`Lỗi: ${error.message}`);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte`;
  const kb = n / 1024;
  if (kb < 1024) return `${kb.toFixed(0)} KB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}
