// A door kept open in its own process (the app left running on the clerk's desk) that edits when told.
// Usage: node test/reliability/children/door-child.ts DB DOOR — then lines on stdin: "add NAME" adds an
// organization and answers "added" or the error's code; "quit" closes the door and exits.
import readline from 'node:readline';
import { openApp } from '../../../src-main/core/app.ts';
import type { DoorKind } from '../../../src-main/core/db/doors.ts';
import { RESOURCES_DIR } from '../../helpers/paths.ts';

const [db, door] = process.argv.slice(2);
if (db === undefined || door === undefined) throw new Error('usage: door-child.ts DB DOOR');
const app = await openApp({ dbPath: db, door: door as DoorKind, resourcesDir: RESOURCES_DIR, appVersion: 'test', log: () => undefined });
process.stderr.write('KTTT_DOOR_READY\n');
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line === 'quit') break;
  if (!line.startsWith('add ')) continue;
  const r = await app.call('registry.apply', {
    entity: 'organizations',
    ops: [{ kind: 'create', tempId: 't', values: { type: 'HTX', name: line.slice(4) } }],
  });
  process.stdout.write(`${r.ok && r.value.results[0]?.ok ? 'added' : r.ok ? 'refused' : r.error.code}\n`);
}
await app.close();
