import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The grid is reached through grid/index.ts only, so its files can be rearranged without touching the
 * pages. Checked here rather than by review, like the other boundaries (contract-boundary.test.ts).
 */
const RENDERER = resolve(import.meta.dirname, '../../src-renderer');
const GRID = join(RENDERER, 'grid');
const SURFACE = join(GRID, 'index.ts');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === GRID ? [] : sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, resolved to an absolute path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*'(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1] ?? ''));
}

describe('the grid’s public surface', () => {
  it('is the only grid file imported from outside src-renderer/grid', () => {
    const strays = sources(RENDERER).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(GRID + '/') && target !== SURFACE)
        .map((target) => `${relative(RENDERER, file)} → ${relative(RENDERER, target)}`),
    );
    expect(strays).toEqual([]);
  });

  it('is what the pages import', () => {
    const users = sources(RENDERER).filter((file) => importsOf(file).includes(SURFACE));
    expect(users.length).toBeGreaterThan(5);
  });
});
