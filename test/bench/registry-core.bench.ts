import { afterAll, beforeAll, describe, test } from 'vitest';
import type { App } from '../../src-main/core/app.ts';
import { measure } from './measure.ts';
import { disposeSeeded, seedLargeRegistry } from './seed.ts';

// Issue 3 target: the core alone lists 50,000 organizations with one year's figures in under 250 ms.
let seeded: { app: App; dir: string };
beforeAll(async () => {
  seeded = await seedLargeRegistry(50_000, 10);
}, 300_000);
afterAll(async () => {
  await disposeSeeded(seeded);
});

describe('registry core, 50,000 organizations × 10 years of figures', () => {
  test('registry.listOrganizations for one year, through the contract', async () => {
    await measure(
      'core: list 50,000 organizations with 2024 figures',
      async () => {
        const res = await seeded.app.call('registry.listOrganizations', { year: 2024 });
        if (!res.ok || res.value.length !== 50_000) throw new Error('wrong answer');
      },
      { iterations: 10, targetMs: 250 },
    );
  }, 120_000);

  test('one cell edit saved with validation and audit', async () => {
    await measure(
      'core: one cell edit (registry.apply)',
      async () => {
        const res = await seeded.app.call('registry.apply', {
          entity: 'organizations',
          ops: [{ kind: 'update', id: 123, changes: { headName: `Người ${Math.random()}` } }],
        });
        if (!res.ok) throw new Error('refused');
      },
      { iterations: 50, warmup: 5, targetMs: 50 },
    );
  }, 120_000);
});
