import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/temp.ts';

describe('the CLI when its output pipe closes (kttt db info | head -2)', () => {
  it('exits quietly, with no EPIPE stack', async () => {
    const cli = path.join(REPO_ROOT, 'out', 'main', 'cli.js');
    expect(fs.existsSync(cli), 'build first: npm run build').toBe(true);
    const db = path.join(tempDir(), 'kttt.sqlite');
    // `head -2`: reads the first lines, then closes its end of the pipe while kttt is still writing.
    const child = spawn('sh', ['-c', `"${process.execPath}" "${cli}" --db "${db}" db info | head -2`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((r) => child.on('close', r));
    expect(out.trim().split('\n')).toHaveLength(2);
    expect(out).toContain('KTTT phiên bản');
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
