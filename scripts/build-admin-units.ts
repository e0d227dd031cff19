// Builds the administrative-unit reference data that the app ships in resources/admin-units/.
//
//   node scripts/build-admin-units.ts [SOURCE_DIR] [--out DIR] [--edition 2026-07-25|2025-07-01]
//
// SOURCE_DIR defaults to ../shared/data/admin-units beside the repository; the licence texts copied into
// ATTRIBUTION.md are read from SOURCE_DIR/../licenses. Only MIT-licensed files are
// read (see ../shared/data/README.md): the thanglequoc/vietnamese-provinces-database lists and the
// dvhcvn/20250701 old→new mapping. The sapnhap.bando crawl is deliberately not used: its repository is
// MIT but the crawled text belongs to a state publisher, so we cannot ship anything derived from it.
//
// The output must be byte-identical on every run (the files are committed and reviewed as diffs), so
// everything is sorted by code and serialised by hand, one record per line.
//
// This file runs directly under Node 24 type stripping: erasable TypeScript only, no local imports.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT_VERSION = 1;

interface Edition {
  file: string;
  tag: string;
  commit: string;
  sourcePath: string;
  legalBasis: string;
}

// The two editions carry the same 34 / 3,321 codes. 2026-07-25 is the one in force today (Đồng Nai
// became a city and ten of its xã became phường); 2025-07-01 is the list of QĐ 19/2025/QĐ-TTg as enacted.
const EDITIONS: Record<string, Edition> = {
  '2026-07-25': {
    file: 'vn_units_2026-07-25_34tinh_3321xa.full.json',
    tag: 'v4.2.0',
    commit: 'cd58063299585146ded3981f2272946ef19ced54',
    sourcePath: 'json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json',
    legalBasis: 'QĐ 19/2025/QĐ-TTg, as amended by NQ 30/2026/QH16 and 237/NQ-UBTVQH16',
  },
  '2025-07-01': {
    file: 'vn_units_2025-07-01_34tinh_3321xa.full.json',
    tag: 'v3.0.2',
    commit: '78594ea643d5fdebd640ea3889ea91f84b9463ae',
    sourcePath: 'json/full_json_generated_data_vn_units.json',
    legalBasis: 'QĐ 19/2025/QĐ-TTg (effective 01/07/2025)',
  },
};
const DEFAULT_EDITION = '2026-07-25';

const LEGACY_FILE = 'vn_units_pre2025_63tinh_696huyen_10035xa.simplified.json';
const SPLITS_FILE = 'dvhcvn-20250701_splits_old-to-new.json';
const CV915_FILE = 'cv915-CTK-CSCL_34tinh_ma.csv';

const EXPECTED = { provinces: 34, communes: 3321, oldProvinces: 63, oldDistricts: 696, oldCommunes: 10035 };

// Unit types are stored as small indexes into these lists to keep the JSON compact.
const PROVINCE_TYPES = ['Tỉnh', 'Thành phố'];
const COMMUNE_TYPES = ['Xã', 'Phường', 'Đặc khu'];
const LEGACY_DISTRICT_TYPES = ['Quận', 'Huyện', 'Thị xã', 'Thành phố'];
const LEGACY_COMMUNE_TYPES = ['Xã', 'Phường', 'Thị trấn'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Array<string | number>;

function fail(message: string): never {
  throw new Error(`build-admin-units: ${message}`);
}

function obj(value: Json | undefined, where: string): { [key: string]: Json } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(`${where}: expected an object`);
  return value;
}
function arr(value: Json | undefined, where: string): Json[] {
  if (!Array.isArray(value)) fail(`${where}: expected an array`);
  return value;
}
function str(value: Json | undefined, where: string): string {
  if (typeof value !== 'string') fail(`${where}: expected a string`);
  return value;
}

function readJson(dir: string, file: string): Json {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
}

// Names in the sources are NFC already; normalising again only guards against a future source edit.
function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// The full name is "<type> <name>"; the type is whichever known prefix it starts with. Case-insensitive
// because one 2026 record (06325) has a lower-case "xã".
function typeIndex(fullName: string, types: string[], where: string): number {
  const lower = cleanName(fullName).toLocaleLowerCase('vi');
  const index = types.findIndex((t) => lower.startsWith(`${t.toLocaleLowerCase('vi')} `));
  if (index < 0) fail(`${where}: unknown unit type in "${fullName}"`);
  return index;
}

function byCode(a: Row, b: Row): number {
  const x = String(a[0]);
  const y = String(b[0]);
  return x < y ? -1 : x > y ? 1 : 0;
}

// One record per line: small diffs when a source changes, and still about as compact as minified JSON.
function serialise(header: Record<string, Json>, tables: Record<string, Row[]>): string {
  const lines: string[] = ['{'];
  const entries: string[] = [];
  for (const [key, value] of Object.entries(header)) entries.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  for (const [key, rows] of Object.entries(tables)) {
    entries.push(`${JSON.stringify(key)}: [\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`);
  }
  lines.push(entries.join(',\n'));
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

interface Options {
  sourceDir: string;
  outDir: string;
  edition: string;
}

function parseArgs(argv: string[]): Options {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const options: Options = {
    sourceDir: resolve(repoRoot, '..', 'shared', 'data', 'admin-units'),
    outDir: join(repoRoot, 'resources', 'admin-units'),
    edition: DEFAULT_EDITION,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') options.outDir = resolve(argv[++i] ?? fail('--out needs a directory'));
    else if (arg === '--edition') options.edition = argv[++i] ?? fail('--edition needs a value');
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else options.sourceDir = resolve(arg);
  }
  if (!(options.edition in EDITIONS)) fail(`unknown edition ${options.edition}; known: ${Object.keys(EDITIONS).join(', ')}`);
  return options;
}

interface Current {
  provinces: Row[];
  communes: Row[];
  /** full name → codes per province, to repair mapping targets that use another source's code */
  byFullName: Map<string, string[]>;
}

function buildCurrent(sourceDir: string, edition: Edition): Current {
  const provinces: Row[] = [];
  const communes: Row[] = [];
  const byFullName = new Map<string, string[]>();
  for (const [i, p] of arr(readJson(sourceDir, edition.file), edition.file).entries()) {
    const province = obj(p, `province #${i}`);
    const code = str(province['Code'], 'province Code');
    provinces.push([code, cleanName(str(province['Name'], code)), typeIndex(str(province['FullName'], code), PROVINCE_TYPES, code)]);
    for (const w of arr(province['Wards'], `${code}.Wards`)) {
      const ward = obj(w, `${code} ward`);
      const wcode = str(ward['Code'], `${code} ward Code`);
      if (str(ward['ProvinceCode'], wcode) !== code) fail(`${wcode}: ProvinceCode disagrees with its parent`);
      const type = typeIndex(str(ward['FullName'], wcode), COMMUNE_TYPES, wcode);
      const name = cleanName(str(ward['Name'], wcode));
      communes.push([wcode, name, type, code]);
      const key = `${code}|${COMMUNE_TYPES[type]} ${name}`.toLocaleLowerCase('vi');
      byFullName.set(key, [...(byFullName.get(key) ?? []), wcode]);
    }
  }
  return { provinces: provinces.sort(byCode), communes: communes.sort(byCode), byFullName };
}

interface Legacy {
  provinces: Row[];
  districts: Row[];
  communes: Row[];
  /** district codes that have no communes (island districts), mapped whole to a special zone */
  communelessDistricts: Set<string>;
}

function buildLegacy(sourceDir: string): Legacy {
  const provinces: Row[] = [];
  const districts: Row[] = [];
  const communes: Row[] = [];
  const communelessDistricts = new Set<string>();
  for (const [i, p] of arr(readJson(sourceDir, LEGACY_FILE), LEGACY_FILE).entries()) {
    const province = obj(p, `old province #${i}`);
    const pcode = str(province['Code'], 'old province Code');
    provinces.push([pcode, cleanName(str(province['Name'], pcode)), typeIndex(str(province['FullName'], pcode), PROVINCE_TYPES, pcode)]);
    for (const d of arr(province['District'], `${pcode}.District`)) {
      const district = obj(d, `${pcode} district`);
      const dcode = str(district['Code'], `${pcode} district Code`);
      const dtype = typeIndex(str(district['FullName'], dcode), LEGACY_DISTRICT_TYPES, dcode);
      districts.push([dcode, cleanName(str(district['Name'], dcode)), dtype, pcode]);
      const wards = district['Ward'];
      if (wards === null || wards === undefined) {
        communelessDistricts.add(dcode);
        continue;
      }
      for (const w of arr(wards, `${dcode}.Ward`)) {
        const ward = obj(w, `${dcode} ward`);
        const wcode = str(ward['Code'], `${dcode} ward Code`);
        const wtype = typeIndex(str(ward['FullName'], wcode), LEGACY_COMMUNE_TYPES, wcode);
        communes.push([wcode, cleanName(str(ward['Name'], wcode)), wtype, dcode]);
      }
    }
  }
  return { provinces: provinces.sort(byCode), districts: districts.sort(byCode), communes: communes.sort(byCode), communelessDistricts };
}

interface Mapping {
  communes: Row[];
  districts: Row[];
  notes: string[];
}

function buildMapping(sourceDir: string, current: Current, legacy: Legacy): Mapping {
  const currentCodes = new Set(current.communes.map((r) => String(r[0])));
  const legacyCodes = new Set(legacy.communes.map((r) => String(r[0])));
  const notes: string[] = [];
  const repaired = new Map<string, string>();

  // A few targets use a code that differs from the NSO list (the README names 06970 / 23737). Repair a
  // target only when exactly one current commune of the same province has the same full name.
  const target = (provinceCode: string, code: string, fullName: string): string => {
    if (currentCodes.has(code)) return code;
    const matches = current.byFullName.get(`${provinceCode}|${cleanName(fullName)}`.toLocaleLowerCase('vi')) ?? [];
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only === undefined) fail(`mapping target ${code} "${fullName}" is not in the current list and cannot be repaired`);
    if (!repaired.has(code)) notes.push(`target ${code} "${fullName}" is ${only} in the current list; ${only} is used`);
    repaired.set(code, only);
    return only;
  };

  const communes: Row[] = [];
  const districts: Row[] = [];
  const dropped: string[] = [];
  for (const p of arr(obj(readJson(sourceDir, SPLITS_FILE), SPLITS_FILE)['data'], 'splits.data')) {
    const province = obj(p, 'splits province');
    const newProvince = str(obj(arr(province['splits'], 'province splits')[0], 'province split')['new_id'], 'new_id');
    for (const w of arr(province['level3s'], 'level3s')) {
      const ward = obj(w, 'level3');
      const code = str(ward['level3_id'], 'level3_id');
      if (!legacyCodes.has(code)) {
        dropped.push(`${code} ${cleanName(str(ward['name'], code))}`);
        continue;
      }
      const targets = arr(ward['splits'], `${code}.splits`).map((s) => {
        const split = obj(s, `${code} split`);
        return target(newProvince, str(split['new_id'], 'new_id'), str(split['name'], 'name'));
      });
      communes.push([code, ...[...new Set(targets)].sort()]);
    }
    for (const d of arr(province['level2s'] ?? [], 'level2s')) {
      const district = obj(d, 'level2');
      const code = str(district['level2_id'], 'level2_id');
      if (!legacy.communelessDistricts.has(code)) fail(`district ${code} is mapped directly but has communes`);
      const targets = arr(district['splits'], `${code}.splits`).map((s) =>
        target(newProvince, str(obj(s, 'split')['new_id'], 'new_id'), str(obj(s, 'split')['name'], 'name')),
      );
      districts.push([code, ...[...new Set(targets)].sort()]);
    }
  }
  if (dropped.length > 0)
    notes.push(
      `${dropped.length} old communes in the mapping are not in the pre-2025 list and were left out: ${dropped.sort().join('; ')}`,
    );

  const mapped = new Set(communes.map((r) => String(r[0])));
  const unmapped = [...legacyCodes].filter((c) => !mapped.has(c));
  if (unmapped.length > 0) fail(`old communes without a mapping: ${unmapped.join(', ')}`);
  for (const d of legacy.communelessDistricts) if (!districts.some((r) => r[0] === d)) fail(`island district ${d} has no mapping`);
  const reached = new Set([...communes, ...districts].flatMap((r) => r.slice(1).map(String)));
  const unreached = [...currentCodes].filter((c) => !reached.has(c));
  if (unreached.length > 0) notes.push(`current communes that no old commune maps to: ${unreached.join(', ')}`);
  return { communes: communes.sort(byCode), districts: districts.sort(byCode), notes };
}

// The 34 new province codes of Công văn 915/CTK-CSCL are an independent check on the list's provinces.
function checkProvinceCodes(sourceDir: string, provinces: Row[]): void {
  const lines = readFileSync(join(sourceDir, CV915_FILE), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '');
  const codes = lines.map((l) => l.split(',')[1] ?? '').sort();
  const ours = provinces.map((r) => String(r[0]));
  if (codes.join(',') !== ours.join(',')) fail(`province codes differ from Công văn 915: ${codes.join(',')} vs ${ours.join(',')}`);
}

function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) fail(`${what}: ${actual}, expected ${expected}`);
}

function attribution(sourceDir: string, options: Options, edition: Edition, notes: string[]): string {
  const licence = (file: string): string => readFileSync(join(sourceDir, '..', 'licenses', file), 'utf8').trim();
  return [
    '# Administrative units: sources and licences',
    '',
    'Generated by `node scripts/build-admin-units.ts`; do not edit by hand.',
    '',
    '| file | built from | licence |',
    '|---|---|---|',
    `| current-units.json (34 provinces, 3,321 communes; edition ${options.edition}, ${edition.legalBasis}) | thanglequoc/vietnamese-provinces-database ${edition.tag} (${edition.commit}) \`${edition.sourcePath}\` | MIT, © 2021 Thang Le Quoc |`,
    '| legacy-units.json (63 provinces, 696 districts, 10,035 communes before 01/07/2025; cut-off 01/03/2025) | thanglequoc/vietnamese-provinces-database v2.4.1 (fc33b7411ec4e3697817fab8118718a8d39ef090) `json/simplified_json_generated_data_vn_units.json` | MIT, © 2021 Thang Le Quoc |',
    '| legacy-to-current.json (old commune → new commune(s)) | dvhcvn/20250701 (dd94887ce32324380bc5bb0a76fe39867dafc73b) `mapping/splits.json` | MIT, © 2025 dvhcvn |',
    '',
    'Province codes were checked against Công văn 915/CTK-CSCL as transcribed in dvhcvn/20250701 `input/docs/915_CTK-CSCL.csv` (MIT).',
    'Underlying official data: GSO/NSO danh mục hành chính; QĐ 19/2025/QĐ-TTg; the NQ-UBTVQH15 resolutions of 2025.',
    '',
    'The old→new mapping was compiled by the dvhcvn author from the 2025 resolutions with LLM help and manual',
    'checks; it is not an official table. The app only applies it automatically where an old commune went',
    'to exactly one new commune, and asks a person otherwise.',
    '',
    '## Build notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    '## Licence texts',
    '',
    '### thanglequoc/vietnamese-provinces-database',
    '',
    '```',
    licence('thanglequoc-vietnamese-provinces-database.MIT.txt'),
    '```',
    '',
    '### dvhcvn/20250701',
    '',
    '```',
    licence('dvhcvn-20250701.MIT.txt'),
    '```',
    '',
  ].join('\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const edition = EDITIONS[options.edition] ?? fail('edition');
  const current = buildCurrent(options.sourceDir, edition);
  const legacy = buildLegacy(options.sourceDir);
  expectCount('provinces', current.provinces.length, EXPECTED.provinces);
  expectCount('communes', current.communes.length, EXPECTED.communes);
  expectCount('old provinces', legacy.provinces.length, EXPECTED.oldProvinces);
  expectCount('old districts', legacy.districts.length, EXPECTED.oldDistricts);
  expectCount('old communes', legacy.communes.length, EXPECTED.oldCommunes);
  checkProvinceCodes(options.sourceDir, current.provinces);
  const mapping = buildMapping(options.sourceDir, current, legacy);

  const files: Record<string, string> = {
    'current-units.json': serialise(
      {
        format: FORMAT_VERSION,
        edition: options.edition,
        provinceTypes: PROVINCE_TYPES,
        communeTypes: COMMUNE_TYPES,
        columns: { provinces: ['code', 'name', 'type'], communes: ['code', 'name', 'type', 'provinceCode'] },
      },
      { provinces: current.provinces, communes: current.communes },
    ),
    'legacy-units.json': serialise(
      {
        format: FORMAT_VERSION,
        cutoff: '2025-03-01',
        provinceTypes: PROVINCE_TYPES,
        districtTypes: LEGACY_DISTRICT_TYPES,
        communeTypes: LEGACY_COMMUNE_TYPES,
        columns: {
          provinces: ['code', 'name', 'type'],
          districts: ['code', 'name', 'type', 'provinceCode'],
          communes: ['code', 'name', 'type', 'districtCode'],
        },
      },
      { provinces: legacy.provinces, districts: legacy.districts, communes: legacy.communes },
    ),
    // A row is [oldCode, newCode, ...]: exactly one new code means the old unit went whole into it
    // (unambiguous); several mean it was split and a person must choose.
    'legacy-to-current.json': serialise(
      {
        format: FORMAT_VERSION,
        columns: { communes: ['oldCommuneCode', '...newCommuneCodes'], districts: ['oldDistrictCode', '...newCommuneCodes'] },
      },
      { communes: mapping.communes, districts: mapping.districts },
    ),
  };
  files['ATTRIBUTION.md'] = attribution(options.sourceDir, options, edition, mapping.notes);

  mkdirSync(options.outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(options.outDir, name), text);
    console.log(`${name.padEnd(24)} ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
  }
  const split = mapping.communes.filter((r) => r.length > 2).length;
  console.log(
    `${current.provinces.length} provinces, ${current.communes.length} communes (edition ${options.edition}); ` +
      `${legacy.provinces.length} / ${legacy.districts.length} / ${legacy.communes.length} old; ` +
      `${mapping.communes.length - split} old communes map to one new commune, ${split} are split`,
  );
  for (const note of mapping.notes) console.log(`note: ${note}`);
}

main();
