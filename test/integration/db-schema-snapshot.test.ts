// The schema an empty file gets from the migrations, table by table, index by index and trigger by trigger:
// a migration that changes it by accident fails here; one that changes it on purpose updates the golden file
// (UPDATE_GOLDEN=1), and the diff shows the change for review.
import { describe, it } from 'vitest';
import { expectGolden } from '../helpers/golden.ts';
import { openTestApp } from '../helpers/temp.ts';

describe('the schema', () => {
  it('after migrating an empty file is the one in test/golden/schema.sql', async () => {
    const app = await openTestApp();
    const rows = app.ctx.conn.sqlite
      .prepare(
        "select type, name, sql from sqlite_master where name not like 'sqlite_%' and sql is not null order by case type when 'table' then 0 when 'index' then 1 else 2 end, name",
      )
      .all() as { type: string; name: string; sql: string }[];
    const pragmas = ['user_version', 'application_id'].map((p) => `-- ${p} = ${String(app.ctx.conn.sqlite.pragma(p, { simple: true }))}`);
    expectGolden('schema.sql', `${[...pragmas, ...rows.map((r) => `${r.sql.replace(/\s+/g, ' ').trim()};`)].join('\n')}\n`);
  });
});
