import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of reference data shipped with the app. Packaged Electron puts it under
 * process.resourcesPath; the CLI and browser doors run from out/main; tests run from the sources.
 * The first candidate that holds the marker file wins.
 */
export function findResourcesDir(candidates: readonly string[]): string {
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, 'resources.json'))) return dir;
  }
  throw new Error(`Không tìm thấy thư mục tài nguyên (resources) của KTTT; đã tìm ở: ${candidates.join('; ')}`);
}

/** Walks up from `start` to the folder holding resources/resources.json (the repo or the unpacked app). */
export function resourcesNear(start: string): string {
  const candidates: string[] = [];
  let dir = start;
  for (let i = 0; i < 6; i++) {
    candidates.push(path.join(dir, 'resources'));
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return findResourcesDir(candidates);
}
