/**
 * fast-check arbitrary of a random "truth" registry for one province and one report year N (2019..2025):
 * 3–40 organizations of the four types in every status, realistic Vietnamese names (some namesakes in other
 * communes), registration codes, founding dates known / year-only / unknown, old communes, free-text
 * sectors, year-N figures with blanks and unreadable cells, certificates, OCOP products.
 *
 * Raw draws are plain numbers that shrink towards the simplest registry; `buildTruth` turns them into a Truth.
 */
import fc from 'fast-check';
import { ORG_STATUSES, type OrgStatus, type OrgType } from '../../../src-main/contract/vocab.ts';
import type { Truth } from './model.ts';
import { buildTruth, type RawFigure, type RawOcop, type RawOrg, type RawTruth } from './registry-build.ts';

const typeArb: fc.Arbitrary<OrgType> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<OrgType>('HTX') },
  { weight: 1, arbitrary: fc.constant<OrgType>('LHHTX') },
  { weight: 1, arbitrary: fc.constant<OrgType>('QTDND') },
  { weight: 3, arbitrary: fc.constant<OrgType>('THT') },
);

const statusArb: fc.Arbitrary<OrgStatus> = fc.oneof(
  { weight: 14, arbitrary: fc.constant<OrgStatus>('dang_hoat_dong') },
  ...ORG_STATUSES.filter((s) => s !== 'dang_hoat_dong').map((s) => ({ weight: 1, arbitrary: fc.constant<OrgStatus>(s) })),
);

/** A date some years before the end of year N: a day, a year only, or unknown (kind 0/1/2 by weight). */
function rawDateArb(maxYearsAgo: number, newWeight: number) {
  return fc.record({
    kind: fc.oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.constant(1) },
      { weight: 2, arbitrary: fc.constant(2) },
    ),
    yearsAgo: fc.oneof(
      { weight: newWeight, arbitrary: fc.constant(0) },
      { weight: 10 - newWeight, arbitrary: fc.integer({ min: 1, max: maxYearsAgo }) },
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  });
}

const figureArb: fc.Arbitrary<RawFigure> = fc.record({
  kind: fc.oneof(
    { weight: 16, arbitrary: fc.constant<RawFigure['kind']>('value') },
    { weight: 3, arbitrary: fc.constant<RawFigure['kind']>('blank') },
    { weight: 1, arbitrary: fc.constant<RawFigure['kind']>('unreadable') },
  ),
  raw: fc.nat(),
  gran: fc.nat(9),
  negative: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  unreadable: fc.constantFrom('about', 'ref-error', 'na', 'range', 'question'),
});

const orgArb: fc.Arbitrary<RawOrg> = fc.record({
  type: typeArb,
  stem: fc.nat(),
  placeWord: fc.nat(),
  nameFromCommune: fc.boolean(),
  prefix: fc.nat(),
  commune: fc.nat(),
  village: fc.option(fc.nat(), { freq: 2 }),
  namesake: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  code: fc.record({ has: fc.nat(9), digits: fc.nat(99_999_999), leadingZero: fc.boolean() }),
  founded: rawDateArb(20, 3),
  sectors: fc.array(fc.nat(), { maxLength: 3 }),
  status: statusArb,
  statusSince: rawDateArb(3, 5),
  silent: fc.nat(9),
  figures: fc.tuple(figureArb, figureArb, figureArb, figureArb, figureArb, figureArb),
  certificates: fc.array(fc.nat(), { maxLength: 2 }),
  duplicate: fc.oneof(
    { weight: 14, arbitrary: fc.constant<RawOrg['duplicate']>('none') },
    { weight: 1, arbitrary: fc.constant<RawOrg['duplicate']>('copy') },
    { weight: 1, arbitrary: fc.constant<RawOrg['duplicate']>('marked') },
  ),
  leader: fc.tuple(fc.nat(), fc.nat(), fc.nat()),
  capital: fc.option(fc.nat(5_000), { freq: 3 }),
});

const ocopArb: fc.Arbitrary<RawOcop> = fc.record({
  product: fc.nat(),
  owner: fc.oneof(
    { weight: 3, arbitrary: fc.record({ org: fc.constant(true), index: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ org: fc.constant(false), index: fc.nat() }) },
  ),
  stars: fc.oneof(
    { weight: 6, arbitrary: fc.constant<3 | 4 | 5>(3) },
    { weight: 3, arbitrary: fc.constant<3 | 4 | 5>(4) },
    { weight: 1, arbitrary: fc.constant<3 | 4 | 5>(5) },
  ),
  yearsAgo: fc.nat(5),
  yearOnly: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  decisionNo: fc.integer({ min: 1, max: 3999 }),
});

export interface RegistryArbOptions {
  minOrgs?: number;
  maxOrgs?: number;
  maxOcop?: number;
  /** Years N to draw from; 2019..2025 by default. */
  years?: readonly number[];
}

export function rawTruthArb(options: RegistryArbOptions = {}): fc.Arbitrary<RawTruth> {
  const years = options.years ?? [2024, 2019, 2020, 2021, 2022, 2023, 2025];
  const maxOrgs = options.maxOrgs ?? 40;
  return fc.record({
    year: fc.constantFrom(...years),
    orgs: fc.oneof(
      { weight: 5, arbitrary: fc.array(orgArb, { minLength: options.minOrgs ?? 3, maxLength: Math.min(12, maxOrgs) }) },
      { weight: 1, arbitrary: fc.array(orgArb, { minLength: options.minOrgs ?? 3, maxLength: maxOrgs }) },
    ),
    ocop: fc.array(ocopArb, { maxLength: options.maxOcop ?? 6 }),
  });
}

/** A random truth registry (see the file comment). */
export function truthArb(options: RegistryArbOptions = {}): fc.Arbitrary<Truth> {
  return rawTruthArb(options).map(buildTruth);
}
