import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/temp.ts';

interface BuilderConfig {
  asarUnpack: string[];
  npmRebuild: boolean;
  files: string[];
  extraResources: { from: string; to: string }[];
  nsis: Record<string, unknown>;
  win: { target: { target: string }[] };
}

const configPath = path.join(REPO_ROOT, 'electron-builder.json');
const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as BuilderConfig;

describe('the Windows installer configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    // electron-builder's loader and validator, as `npm run dist` runs them (CommonJS internals).
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    const loaded = await getConfig(REPO_ROOT, configPath, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    // and the validator is not a rubber stamp:
    const broken = { ...loaded, nsis: { oneClick: 'sometimes' } } as unknown as typeof loaded;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow();
  });

  it('builds a per-user NSIS installer in Vietnamese, without admin rights, with shortcuts', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      installerLanguages: ['vi_VN'],
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
    });
  });

  it('unpacks the native SQLite module from the asar and never rebuilds it', () => {
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    const prebuilt = path.join(REPO_ROOT, 'node_modules/better-sqlite3/prebuilds/win32-x64.node');
    expect(fs.existsSync(prebuilt)).toBe(true);
  });

  it('ships the built app and the reference data, and no GPL test data', () => {
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'resources', to: 'resources' }));
    const shipped = fs.readdirSync(path.join(REPO_ROOT, 'resources'), { recursive: true }).map(String);
    expect(shipped.filter((f) => /unikey|gpl/i.test(f))).toEqual([]);
  });
});
