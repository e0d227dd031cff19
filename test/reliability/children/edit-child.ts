// One door in its own process: opens the core on DB and makes COUNT edits of organizations, one call each, PAUSE ms
// apart, as a clerk's edits would come. Prints one JSON line: how many landed and the codes of those refused.
// Usage: node test/reliability/children/edit-child.ts DB COUNT TAG [PAUSE_MS]
import fs from 'node:fs';
import { openApp } from '../../../src-main/core/app.ts';
import { RESOURCES_DIR } from '../../helpers/paths.ts';

const [db, count, tag, pauseMs] = process.argv.slice(2);
if (db === undefined || count === undefined || tag === undefined) throw new Error('usage: edit-child.ts DB COUNT TAG [PAUSE_MS]');
const pause = Number(pauseMs ?? 0);

const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 'test', log: () => undefined });
process.stderr.write('KTTT_EDITOR_READY\n');
// Start together: the test creates DB.go once every door is open.
while (!fs.existsSync(`${db}.go`)) await new Promise((resolve) => setTimeout(resolve, 10));
let landed = 0;
const refused: Record<string, number> = {};
let lastId = 0;
for (let i = 0; i < Number(count); i++) {
  // Even edits add an organization, odd ones rename the one just added (an update reads before it writes).
  const op =
    i % 2 === 0
      ? { kind: 'create' as const, tempId: 't', values: { type: 'HTX', name: `${tag} ${i}` } }
      : { kind: 'update' as const, id: lastId, changes: { name: `${tag} ${i - 1} (đã sửa)` } };
  const r = await app.call('registry.apply', { entity: 'organizations', ops: [op] });
  const first = r.ok ? r.value.results[0] : undefined;
  const code = !r.ok ? r.error.code : first?.ok ? null : `REFUSED_OP ${JSON.stringify(first)}`;
  if (first?.ok && op.kind === 'create') lastId = first.id;
  if (code === null) landed++;
  else refused[code] = (refused[code] ?? 0) + 1;
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
}
await app.close();
process.stdout.write(`${JSON.stringify({ landed, refused })}\n`);
