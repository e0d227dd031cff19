import type { ApiError } from '../contract/index.ts';

/** Where the CLI writes; injectable so tests read what a user would see. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

let stdoutClosed = false;

/**
 * When the reader of the output goes away (`kttt db info | head -2`), the rest of the output is dropped
 * quietly; the command itself runs to its end, so an import is never cut in the middle.
 */
export function quietWhenPipeCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stdoutClosed = true;
  });
}

export const processOutput: CliOutput = {
  out: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
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
