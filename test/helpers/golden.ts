/**
 * Golden files: the expected output of a report, a printout or the schema, kept in test/golden/ and
 * compared with what the code makes now. A missing golden file fails the test: run with UPDATE_GOLDEN=1 to
 * write it (or rewrite it after a deliberate change), then review the diff before committing it — the
 * golden file is the specification of the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './paths.ts';

export const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden');

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  if (!fs.existsSync(file))
    throw new Error(`Thiếu tệp mẫu test/golden/${name}: chạy lại với UPDATE_GOLDEN=1 để tạo, rồi xem lại trước khi commit.`);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
