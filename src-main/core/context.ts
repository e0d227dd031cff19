import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Connection } from './db/open.ts';
import type { Database } from './db/schema.ts';
import type { EventBus } from './events.ts';
import type { PdfPrinter } from './reports/render/pdf.ts';

/**
 * What every service receives. The connection can be replaced (restore swaps the file), so services
 * read `ctx.db` at call time and never keep their own handle.
 */
export interface CoreContext {
  readonly dbPath: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly events: EventBus;
  /** The Windows/OS user name recorded in the audit log. */
  readonly who: string;
  now(): Date;
  /** Prints HTML to PDF: Electron's printToPDF in the app; absent elsewhere (a local Chromium is used). */
  readonly pdfPrinter: PdfPrinter | undefined;
  /** Where to find Chromium when there is no pdfPrinter (--chromium, KTTT_CHROMIUM, PATH). */
  readonly chromiumPath: string | undefined;
  /** The built import worker (out/main/importWorker.js); absent when running from sources (tests), which read in-thread. */
  readonly importWorkerUrl: URL | undefined;
  readonly conn: Connection;
  readonly db: Kysely<Database>;
  replaceConnection(next: Connection): void;
}

export function currentUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'không rõ';
  }
}
