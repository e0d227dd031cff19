import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_BOUNDS, type WindowBounds } from './window-options.ts';

/** Remembers the window's size and position between launches, in a small JSON file in user data. */
export function loadBounds(dir: string): WindowBounds {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8')) as Partial<WindowBounds>;
    if (typeof raw.width === 'number' && typeof raw.height === 'number' && raw.width >= 400 && raw.height >= 300) {
      return {
        width: raw.width,
        height: raw.height,
        ...(typeof raw.x === 'number' && typeof raw.y === 'number' ? { x: raw.x, y: raw.y } : {}),
        maximized: raw.maximized === true,
      };
    }
  } catch {
    // first launch, or an unreadable file: the defaults do
  }
  return DEFAULT_BOUNDS;
}

export function saveBounds(dir: string, bounds: WindowBounds): void {
  try {
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify(bounds));
  } catch {
    // losing the window position is not worth bothering the clerk about
  }
}
