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

/** A door kept open in another process; `add` makes it edit, `quit` closes it. */
export interface OpenDoor {
  pid: number;
  add(name: string): Promise<string>;
  quit(): Promise<void>;
}

export function openDoorElsewhere(db: string, door: string): Promise<OpenDoor> {
  const child = spawn(process.execPath, [path.resolve(REPO_ROOT, 'test/reliability/children/door-child.ts'), db, door], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    }
  });
  const nextLine = () => new Promise<string>((resolve) => (lines.length ? resolve(lines.shift() ?? '') : waiting.push(resolve)));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('KTTT_DOOR_READY'))
        resolve({
          pid: child.pid ?? 0,
          add: (name) => {
            child.stdin.write(`add ${name}\n`);
            return nextLine();
          },
          quit: () => {
            child.stdin.end('quit\n');
            return closed;
          },
        });
    });
    child.on('close', (code) => reject(new Error(`the door exited (${code}): ${err}`)));
  });
}
