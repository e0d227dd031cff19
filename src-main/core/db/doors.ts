import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Which door of KTTT has a database open: shown to the clerk when a restore or an upgrade must wait for it. */
export type DoorKind = 'app' | 'web' | 'cli' | 'other';

const DOOR_LABEL: Record<DoorKind, string> = {
  app: 'ứng dụng KTTT',
  web: 'KTTT mở trên trình duyệt',
  cli: 'lệnh kttt (cửa sổ dòng lệnh)',
  other: 'một chương trình KTTT',
};

interface DoorRecord {
  door: DoorKind;
  pid: number;
  host: string;
  since: string;
}

/**
 * Each open door leaves a small note in a folder beside the database (`kttt.sqlite.doors/<pid>.json`). SQLite's
 * locks tell whether someone else has the file open; the notes tell the clerk who, so the message can name
 * the program to close. A note left by a killed process is ignored once its process is gone.
 */
function doorsDir(dbPath: string): string {
  return `${dbPath}.doors`;
}

/** Leaves this process's note; the returned function removes it (on close). Best effort: a note is only a name. */
export function announceDoor(dbPath: string, door: DoorKind, now: Date): () => void {
  const file = path.join(doorsDir(dbPath), `${process.pid}.json`);
  const record: DoorRecord = { door, pid: process.pid, host: os.hostname(), since: now.toISOString() };
  try {
    fs.mkdirSync(doorsDir(dbPath), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(record));
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      fs.rmSync(file, { force: true });
      fs.rmdirSync(doorsDir(dbPath));
    } catch {
      // another door's note is still there, or the folder is gone already
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The other KTTT doors that have the file open now, in the clerk's words ("ứng dụng KTTT (tiến trình 1234)"). */
export function otherOpenDoors(dbPath: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(doorsDir(dbPath));
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of names) {
    try {
      const r = JSON.parse(fs.readFileSync(path.join(doorsDir(dbPath), name), 'utf8')) as DoorRecord;
      if (r.pid === process.pid || (r.host === os.hostname() && !isAlive(r.pid))) continue;
      found.push(`${DOOR_LABEL[r.door] ?? DOOR_LABEL.other} (tiến trình ${r.pid})`);
    } catch {
      // a note half-written or unreadable names nobody
    }
  }
  return found;
}
