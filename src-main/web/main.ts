import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeOpenFailure, openApp } from '../core/app.ts';
import { resolveDbPath } from '../core/db/location.ts';
import { importWorkerOption } from '../core/import/analyzer.ts';
import { resourcesNear } from '../core/resources.ts';
import { version } from '../../package.json';
import { startWebServer } from './server.ts';

// Entry point of out/main/web.js (`npm run web [-- --db PATH] [--port N]`).
const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const portFlag = argv.findIndex((a) => a === '--port');
const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('Cổng (--port) phải là số nguyên từ 0 đến 65535.');
  process.exit(1);
}

try {
  const dbPath = resolveDbPath(argv);
  const app = await openApp({
    dbPath,
    resourcesDir: resourcesNear(here),
    appVersion: version,
    door: 'web',
    dailyBackup: true,
    ...importWorkerOption(import.meta.url),
  });
  const server = await startWebServer({ app, staticDir: path.join(here, '../renderer'), port });
  console.log(`KTTT chạy trên trình duyệt — mở địa chỉ sau (chỉ trên máy này):\n  ${server.openUrl}`);
  console.log(`Cơ sở dữ liệu: ${dbPath}\nNhấn Ctrl+C để dừng.`);
  const stop = async () => {
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(describeOpenFailure(err));
  process.exit(2);
}
