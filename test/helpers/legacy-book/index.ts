/**
 * Legacy workbook generator for tests and benchmarks: a random truth registry (registry.ts), a random clerk's
 * layout (layout.ts), the workbook written from both (write.ts), the report expected from the truth
 * (oracle.ts on stated.ts), and one full round trip through the CLI (roundtrip.ts, compare.ts).
 */
export type { Truth, TruthOrg, TruthOcop } from './model.ts';
export { truthArb, rawTruthArb, type RegistryArbOptions } from './registry.ts';
export { buildTruth } from './registry-build.ts';
export { layoutArb, type Layout } from './layout.ts';
export { writeLegacyBook, type WrittenBook } from './write.ts';
export { statedTruth } from './stated.ts';
export { oracle, type ExpectedIndicators, type Oracle } from './oracle.ts';
export { officeDatabase, runRoundtrip, type RoundtripResult } from './roundtrip.ts';
export { problemsOf, type Problem } from './compare.ts';
