import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../contract/index.ts';
import { newestBackup, openApp } from '../core/app.ts';
import { resolveDbPath } from '../core/db/location.ts';
import { importWorkerOption } from '../core/import/analyzer.ts';
import { resourcesNear } from '../core/resources.ts';
import { version } from '../../package.json';
import { parseCliArgs, USAGE, UsageError } from './args.ts';
import { restoreWithoutOpening, runDbCommand, type ExitCode } from './db-commands.ts';
import { runStats } from './stats-command.ts';
import { runImport } from './import-command.ts';
import { runReport } from './report-command.ts';
import { printError, processOutput, type CliOutput } from './output.ts';

/** The CLI door. Exit 0 on success, 1 on a usage error, 2 when a check fails or the work cannot be done. */
export async function runCli(
  argv: readonly string[],
  io: CliOutput = processOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  let json = false;
  try {
    const args = parseCliArgs(argv);
    json = args.json;
    if (args.help || args.words.length === 0) {
      (args.help ? io.out : io.err)(USAGE);
      return args.help ? 0 : 1;
    }
    const command = args.words[0];
    if (!['db', 'stats', 'import', 'report'].includes(command ?? '')) throw new UsageError(`Không có lệnh "${command}".`);
    const dbPath = resolveDbPath(args.db ? ['--db', args.db] : [], env);
    let app;
    try {
      const chromium = args.options.get('chromium');
      app = await openApp({
        dbPath,
        door: 'cli',
        resourcesDir: resourcesNear(path.dirname(fileURLToPath(import.meta.url))),
        appVersion: version,
        ...importWorkerOption(import.meta.url),
        ...(chromium ? { chromiumPath: chromium } : {}),
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'DB_CORRUPT' && args.words[1] === 'restore' && args.words[2]) {
        return restoreWithoutOpening(dbPath, args.words[2], json, io);
      }
      if (err instanceof AppError && err.code === 'DB_CORRUPT') {
        const newest = newestBackup(dbPath);
        printError(io, json, {
          ...err.toApiError(),
          message: `${err.message}${newest ? ` Bản sao lưu mới nhất: ${newest.path} — khôi phục bằng: kttt --db "${dbPath}" db restore "${newest.path}"` : ''}`,
        });
        return 2;
      }
      throw err;
    }
    try {
      if (command === 'stats') return await runStats(app, args.options, json, io);
      if (command === 'report') return await runReport(app, args.words, args.options, { json, overwrite: args.overwrite }, io);
      if (command === 'import') return await runImport(app, args.words, args.options, { json, yes: args.yes, dryRun: args.dryRun }, io);
      return await runDbCommand(app, args.words, { json, overwrite: args.overwrite }, io);
    } finally {
      await app.close();
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${USAGE}`);
      return 1;
    }
    const e =
      err instanceof AppError ? err : new AppError('INTERNAL', `Lỗi không mong muốn: ${err instanceof Error ? err.message : String(err)}`);
    printError(io, json, e.toApiError());
    return 2;
  }
}
