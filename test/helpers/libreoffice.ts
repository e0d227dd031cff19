import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './temp.ts';

/**
 * Re-saves a spreadsheet through LibreOffice headless, as a commune clerk with LibreOffice would (filter
 * "MS Excel 97" for .xls). A profile of its own, so that parallel runs never share one. Returns the new file.
 */
export function resaveWithLibreOffice(file: string, format: 'xls' | 'xlsx' | 'ods'): string {
  const out = tempDir('kttt-lo-out-');
  const profile = pathToFileURL(tempDir('kttt-lo-profile-')).href;
  const filter = format === 'xls' ? 'xls:MS Excel 97' : format;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', out, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const made = path.join(out, `${path.basename(file, path.extname(file))}.${format}`);
  if (!fs.existsSync(made)) throw new Error(`LibreOffice did not write ${made}`);
  return made;
}
