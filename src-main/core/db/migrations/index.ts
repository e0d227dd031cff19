import type { Kysely } from 'kysely';
import * as m001 from './001_foundation.ts';
import * as m002 from './002_registry.ts';
import * as m003 from './003_imports.ts';
import * as m004 from './004_inspections.ts';
import * as m005 from './005_import_history.ts';
import * as m006 from './006_import_fidelity.ts';
import * as m007 from './007_bcd.ts';
import * as m008 from './008_application_id.ts';
import * as m009 from './009_fund.ts';
import * as m010 from './010_collection.ts';
import * as m011 from './011_plan_item_records.ts';
import * as m012 from './012_support_import.ts';
import * as m013 from './013_fund_unknown_application.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Static list: Vite bundles the main process, so migrations cannot be found on disk at run time.
 * Versions are consecutive from 1; the database's PRAGMA user_version is the last one applied.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: '001_foundation', up: m001.up },
  { version: 2, name: '002_registry', up: m002.up },
  { version: 3, name: '003_imports', up: m003.up },
  { version: 4, name: '004_inspections', up: m004.up },
  { version: 5, name: '005_import_history', up: m005.up },
  { version: 6, name: '006_import_fidelity', up: m006.up },
  { version: 7, name: '007_bcd', up: m007.up },
  { version: 8, name: '008_application_id', up: m008.up },
  { version: 9, name: '009_fund', up: m009.up },
  { version: 10, name: '010_collection', up: m010.up },
  { version: 11, name: '011_plan_item_records', up: m011.up },
  { version: 12, name: '012_support_import', up: m012.up },
  { version: 13, name: '013_fund_unknown_application', up: m013.up },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
