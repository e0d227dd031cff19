import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    testTimeout: 30_000,
    // Browser tests poll the page or the core until it shows the result; on two busy cores that can take
    // longer than vitest's one-second default, which is a timing flake, not a failure.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // e2e tests start Chromium; two cores only, so keep workers few
    maxWorkers: 2,
    // The JSON report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', ['json', { outputFile: 'out/test-results.json' }]],
  },
});
