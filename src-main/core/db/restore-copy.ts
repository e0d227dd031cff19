import type BetterSqlite3 from 'better-sqlite3';

interface SchemaObject {
  type: 'table' | 'index' | 'view' | 'trigger';
  name: string;
  sql: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Replaces the whole content of the (held) database by the backup's, in one transaction, through the open
 * connection: no file is renamed or deleted, so it works on Windows, where an open file cannot be replaced,
 * and a failure halfway (a full disk) leaves the database as it was. Tables are filled before their indexes
 * and triggers are made, so triggers do not fire on the copied rows.
 */
export function copyBackupInto(sqlite: BetterSqlite3.Database, backupPath: string): void {
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare('attach database ? as src').run(backupPath);
  try {
    sqlite.exec('begin immediate');
    try {
      replaceSchemaAndRows(sqlite);
      sqlite.exec('commit');
    } catch (err) {
      if (sqlite.inTransaction) sqlite.exec('rollback');
      throw err;
    }
  } finally {
    sqlite.exec('detach database src');
    sqlite.pragma('foreign_keys = ON');
  }
}

function objectsOf(sqlite: BetterSqlite3.Database, schema: 'main' | 'src'): SchemaObject[] {
  return sqlite
    .prepare(`select type, name, sql from ${schema}.sqlite_master where sql is not null and name not like 'sqlite_%' order by rowid`)
    .all() as SchemaObject[];
}

function replaceSchemaAndRows(sqlite: BetterSqlite3.Database): void {
  const mine = objectsOf(sqlite, 'main');
  for (const kind of ['trigger', 'view', 'table'] as const) {
    for (const o of mine.filter((x) => x.type === kind)) sqlite.exec(`drop ${kind} main.${quote(o.name)}`);
  }
  const hasSequence = (schema: string) =>
    sqlite.prepare(`select 1 from ${schema}.sqlite_master where name = 'sqlite_sequence'`).get() !== undefined;
  if (hasSequence('main')) sqlite.exec('delete from main.sqlite_sequence');
  const theirs = objectsOf(sqlite, 'src');
  for (const t of theirs.filter((x) => x.type === 'table')) {
    sqlite.exec(t.sql);
    sqlite.exec(`insert into main.${quote(t.name)} select * from src.${quote(t.name)}`);
  }
  if (hasSequence('src')) sqlite.exec('insert into main.sqlite_sequence select * from src.sqlite_sequence');
  for (const kind of ['index', 'view', 'trigger'] as const) {
    for (const o of theirs.filter((x) => x.type === kind)) sqlite.exec(o.sql);
  }
  for (const header of ['user_version', 'application_id']) {
    const v = Number(sqlite.pragma(`src.${header}`, { simple: true }));
    sqlite.pragma(`main.${header} = ${v}`);
  }
}
