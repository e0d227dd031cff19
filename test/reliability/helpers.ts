import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.ts';

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript file of the tests (or the CLI's sources) in its own Node process and waits for it. */
export function runNode(file: string, args: readonly string[], onStderr?: (text: string) => void): Promise<ChildRun> {
  const child = spawn(process.execPath, [path.resolve(REPO_ROOT, file), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  let told = false;
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (!told && onStderr && stderr.includes('READY')) {
      told = true;
      onStderr(stderr);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

export interface EditTally {
  landed: number;
  refused: Record<string, number>;
}

export function tallyOf(run: ChildRun): EditTally {
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.code !== 0 || !line.startsWith('{')) throw new Error(`the editor failed (${run.code}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(line) as EditTally;
}

/** Starts the editors, lets them go together once all are open, and waits for their tallies. */
export async function editTogether(db: string, editors: readonly (readonly string[])[]): Promise<EditTally[]> {
  let ready = 0;
  const runs = editors.map((args) =>
    runNode('test/reliability/children/edit-child.ts', [db, ...args], (text) => {
      if (!text.includes('KTTT_EDITOR_READY')) return;
      if (++ready === editors.length) fs.writeFileSync(`${db}.go`, '');
    }),
  );
  return (await Promise.all(runs)).map(tallyOf);
}
