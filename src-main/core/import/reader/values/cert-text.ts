/**
 * A free-text "Chứng nhận" cell of an organization list → the certificates it names. Clerks write
 * "VietGAP (lúa, rau)", "VietGAP; ATTP", "Chứng nhận hữu cơ chè Shan tuyết", but also "Đang xây dựng
 * VietGAP", "Dự kiến VietGAP 2025", "Chưa có", "OCOP 3 sao". Only certificates held count: planned,
 * in-progress, expired, absent and negated mentions, and marks that are no certification (OCOP, nhãn hiệu,
 * chỉ dẫn địa lý, truy xuất nguồn gốc), go to notCerts. Text that says nothing ("x", "Có", "Không rõ")
 * goes to unknown, for the clerk. Never throws.
 */
import type { CertKind } from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';

export interface CertMention {
  kind: CertKind;
  product: string | null;
  raw: string;
}

export interface CertReading {
  certs: CertMention[];
  notCerts: string[];
  unknown: string[];
}

/**
 * kind: names a certificate; mark: names something that is no certificate; no: planned, in progress, absent
 * or negated; yes: affirms ("đã có", "đạt") and so stops a "no" of the part before; unsure: "không rõ";
 * filler: words around the kind that are no product ("chứng nhận", "cho", "năm 2023").
 */
type Role = { role: 'kind'; kind: CertKind; numbered?: true } | { role: 'mark' | 'no' | 'yes' | 'unsure' | 'filler' };

/** [role, phrases]: phrases separated by "|", matched folded as whole words; "=…" matched with accents. */
const PHRASES: ReadonlyArray<readonly [Role, string]> = [
  [{ role: 'kind', kind: 'vietgap' }, 'vietgap|viet gap|tiêu chuẩn vietgap'],
  [{ role: 'kind', kind: 'vietgahp' }, 'vietgahp|viet gahp|gahp|vietgap chăn nuôi|vietgap trong chăn nuôi'],
  [{ role: 'kind', kind: 'globalgap' }, 'globalgap|global gap|globalg a p|global g a p'],
  [{ role: 'kind', kind: 'huu_co' }, 'hữu cơ|organic|pgs|usda organic|eu organic|organic eu|organic usda|jas|nông nghiệp hữu cơ'],
  [{ role: 'kind', kind: 'huu_co', numbered: true }, 'tcvn 11041'],
  [
    { role: 'kind', kind: 'attp' },
    'attp|vsattp|atvstp|vstp|an toàn thực phẩm|vệ sinh an toàn thực phẩm|an toàn vệ sinh thực phẩm|thực phẩm an toàn|đủ điều kiện|đủ điều kiện attp|đủ điều kiện an toàn thực phẩm|đủ đk|đủ đk attp|đk attp|cơ sở đủ điều kiện',
  ],
  [
    { role: 'kind', kind: 'khac' },
    'haccp|fssc|brc|brcgs|halal|kosher|rainforest|rainforest alliance|utz|fairtrade|fair trade|4c|asc|bap|gmp|ifs|sqf|jgap|asean gap|aseangap|basic gap|basicgap|gap|fsc|pefc|msc',
  ],
  [{ role: 'kind', kind: 'khac', numbered: true }, 'iso|fssc 22000'],
  [
    { role: 'mark' },
    'ocop|sản phẩm ocop|1 sao|2 sao|3 sao|4 sao|5 sao|hạng 3 sao|hạng 4 sao|hạng 5 sao|chỉ dẫn địa lý|nhãn hiệu|nhãn hiệu tập thể|nhãn hiệu chứng nhận|thương hiệu|truy xuất nguồn gốc|tem truy xuất|mã qr|qr|qr code|mã số vùng trồng|mã vùng trồng|mã số cơ sở đóng gói|sản phẩm công nghiệp nông thôn tiêu biểu|công nghiệp nông thôn tiêu biểu|hàng việt nam chất lượng cao',
  ],
  [
    { role: 'no' },
    '=chưa|chua co|chua dat|chua duoc|không|ko|=k|=kh|=đang|đăng ký|dự kiến|kế hoạch|=sẽ|hướng tới|phấn đấu|chuẩn bị|mục tiêu|định hướng|hết hạn|hết hiệu lực|thu hồi|tạm dừng|xin cấp|đề nghị|=chờ|làm hồ sơ|hồ sơ|xây dựng|theo hướng|theo tiêu chuẩn|theo quy trình|áp dụng|tập huấn|triển khai|hoàn thiện|năm tới|năm sau',
  ],
  [{ role: 'yes' }, '=có|=đã|=đạt|đạt chuẩn|được cấp|đã được cấp|đã có'],
  [{ role: 'unsure' }, 'không rõ|chưa rõ|không xác định|chưa xác định|không biết|chưa cập nhật|đang cập nhật|cần kiểm tra'],
  [
    { role: 'filler' },
    'co|x|sao|=cấp|cấp lại|chứng nhận|giấy chứng nhận|gcn|cn|chuẩn|sản phẩm|sp|yes|ok|v|=cho|về|đối với|=trong|=tại|cơ sở|=năm|=ngày|=tháng|=từ|=đến|=hạn|hiệu lực|còn hạn|=số|mã số|quyết định|qđ',
  ],
];

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const fold = (s: string): string =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const exactKey = (s: string): string => (s.normalize('NFC').toLowerCase().match(WORD) ?? []).join(' ');

function compile(): { folded: Map<string, Role>; exact: Map<string, Role>; maxWords: number } {
  const folded = new Map<string, Role>();
  const exact = new Map<string, Role>();
  let maxWords = 1;
  for (const [role, phrases] of PHRASES) {
    for (const phrase of phrases.split('|')) {
      const isExact = phrase.startsWith('=');
      const key = isExact ? exactKey(phrase.slice(1)) : fold(phrase);
      (isExact ? exact : folded).set(key, role);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { folded, exact, maxWords };
}
const { folded: FOLDED, exact: EXACT, maxWords: MAX_WORDS } = compile();

interface Word {
  start: number;
  end: number;
  folded: string;
  exact: string;
}

/** Words split at top-level ";", line breaks (hard) and ",", "+", "/", "&", "và" (soft); "(…)" stays whole. */
interface Segment {
  words: Word[];
  /** How it is separated from the segment before: a soft separator continues a list ("lúa, rau"). */
  soft: boolean;
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let current: Segment = { words: [], soft: false };
  let depth = 0;
  let cut: 'none' | 'soft' | 'hard' = 'none';
  let at = 0;
  const close = (): void => {
    if (current.words.length > 0) out.push(current);
    current = { words: [], soft: cut === 'soft' };
  };
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(at, m.index);
    // "12/3/2022", "123/QĐ": a slash between numbers is part of a date or a number, no separator.
    const numbered = /^[/.-]$/.test(gap) && /\d$/.test(current.words.at(-1)?.folded ?? '') && /^\d/.test(m[0]);
    for (const ch of numbered ? '' : gap) {
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0 && /[;\n\r]/.test(ch)) cut = 'hard';
      else if (depth === 0 && /[,+/&|]/.test(ch) && cut !== 'hard') cut = 'soft';
    }
    at = m.index + m[0].length;
    const exact = m[0].toLowerCase();
    const folded = foldVietnamese(m[0]);
    if (folded === '') continue;
    if (depth === 0 && (exact === 'và' || exact === 'hoặc')) {
      if (cut !== 'hard') cut = 'soft';
      continue;
    }
    if (cut !== 'none') {
      close();
      current.soft = cut === 'soft';
      cut = 'none';
    }
    current.words.push({ start: m.index, end: at, folded, exact });
  }
  close();
  return out;
}

interface Token {
  from: number;
  to: number;
  role: Role | undefined;
}

/** Longest phrase first; a numbered kind ("ISO 22000:2018", "TCVN 11041-2:2017") takes its numbers along. */
function tokens(words: readonly Word[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < words.length;) {
    let hit: Token | undefined;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && hit === undefined; n--) {
      const span = words.slice(i, i + n);
      const role = EXACT.get(span.map((w) => w.exact).join(' ')) ?? FOLDED.get(span.map((w) => w.folded).join(' '));
      if (role !== undefined) hit = { from: i, to: i + n, role };
    }
    hit ??= { from: i, to: i + 1, role: /^\d+$/.test(words[i]?.folded ?? '') ? { role: 'filler' } : undefined };
    if (hit.role?.role === 'kind' && hit.role.numbered === true) {
      while (/^\d+$/.test(words[hit.to]?.folded ?? '')) hit.to++;
    }
    out.push(hit);
    i = hit.to;
  }
  return out;
}

/** A found mention, as word positions in the text until the end, so a list continuation can extend it. */
interface Found {
  kind: CertKind | null;
  rawFrom: number;
  rawTo: number;
  product: { from: number; to: number } | null;
}

/** Product words of a part: from its first to its last word that is no phrase ("cho lúa, rau năm 2023"). */
function productSpan(words: readonly Word[], part: readonly Token[]): { from: number; to: number } | null {
  const first = part.find((t) => t.role === undefined);
  const last = part.findLast((t) => t.role === undefined);
  if (first === undefined || last === undefined) return null;
  return { from: (words[first.from] as Word).start, to: (words[last.to - 1] as Word).end };
}

/** The text from..to, with a bracket opened inside closed again: "lúa (Bắc Thơm số 7)". */
function slice(text: string, from: number, to: number): string {
  let open = 0;
  for (const ch of text.slice(from, to)) open += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  let end = to;
  for (; open > 0 && end < text.length; end++) if (text[end] === ')') open--;
  return text.slice(from, end).trim();
}

/** Kinds and marks that start a mention; "OCOP 4 sao" is one mark, not two. */
function anchorsOf(toks: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    const role = t.role?.role;
    if (role === 'kind' || (role === 'mark' && out.at(-1)?.role?.role !== 'mark')) out.push(t);
  }
  return out;
}

interface Reading {
  found: Found[];
  no: boolean;
}

/** "PGS hữu cơ", "Cơ sở đủ điều kiện ATTP": one kind named twice in a row is one mention. */
function mergeRepeats(found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out.at(-1);
    if (prev !== undefined && prev.kind !== null && prev.kind === f.kind && (f.product === null || prev.product === null)) {
      prev.rawTo = f.rawTo;
      prev.product ??= f.product;
    } else out.push(f);
  }
  return out;
}

/**
 * The mentions of one segment: one per kind or mark, each with the words up to the next as its product. A
 * "chưa/đang" of the part before carries over ("Chưa có VietGAP, hữu cơ"), but not to a kind it already
 * named: "Đang xây dựng VietGAP, VietGAP" is a planned certificate and a held one.
 */
function readSegment(seg: Segment, carriedNo: ReadonlySet<CertKind | null> | null): Reading | 'unsure' | 'content' | 'empty' {
  const toks = tokens(seg.words);
  const roles = toks.map((t) => t.role?.role);
  if (roles.includes('unsure')) return 'unsure';
  const anchors = anchorsOf(toks);
  const repeats = carriedNo !== null && anchors.some((a) => a.role?.role === 'kind' && carriedNo.has(a.role.kind));
  const no = roles.includes('no') || (carriedNo !== null && !repeats && !roles.includes('yes') && seg.soft);
  const words = seg.words;
  const startOf = (t: Token): number => (words[t.from] as Word).start;
  const endOf = (t: Token): number => (words[t.to - 1] as Word).end;
  if (anchors.length === 0) {
    if (no) return { found: [{ kind: null, rawFrom: startOf(toks[0] as Token), rawTo: endOf(toks.at(-1) as Token), product: null }], no };
    return roles.includes(undefined) ? 'content' : 'empty';
  }
  const found = anchors.map((a, i): Found => {
    const at = toks.indexOf(a);
    const next = anchors[i + 1];
    const end = next === undefined ? toks.length : toks.indexOf(next);
    const from = i === 0 ? 0 : at;
    const role = a.role;
    const kind = role?.role === 'kind' ? role.kind : null;
    const product = productSpan(words, toks.slice(at + 1, end)) ?? (i === 0 ? productSpan(words, toks.slice(0, at)) : null);
    return { kind, rawFrom: startOf(toks[from] as Token), rawTo: endOf(toks[end - 1] as Token), product };
  });
  return { found: mergeRepeats(found), no };
}

/**
 * Certificates named in a free-text cell. A product in brackets or next to the kind becomes `product`;
 * a soft-separated part without a kind continues the product list ("VietGAP lúa, rau").
 */
export function readCertificateText(text: string): CertReading {
  const clean = text.normalize('NFC').replace(INVISIBLE, '');
  const held: Found[] = [];
  const not: Found[] = [];
  const unknown: Found[] = [];
  const empty: Found[] = [];
  let last: Found | undefined;
  let lastNo: Set<CertKind | null> | null = null;
  for (const seg of segments(clean)) {
    const r = readSegment(seg, lastNo);
    const whole: Found = { kind: null, rawFrom: (seg.words[0] as Word).start, rawTo: (seg.words.at(-1) as Word).end, product: null };
    if (r === 'content' && seg.soft && last !== undefined) {
      last.rawTo = whole.rawTo;
      if (last.kind !== null) last.product = { from: last.product?.from ?? whole.rawFrom, to: whole.rawTo };
      continue;
    }
    if (typeof r === 'string') {
      (r === 'empty' ? empty : unknown).push(whole);
      last = undefined;
      lastNo = null;
      continue;
    }
    for (const f of r.found) (r.no || f.kind === null ? not : held).push(f);
    last = r.found.at(-1);
    lastNo = r.no ? new Set(r.found.map((f) => f.kind)) : null;
  }
  // "x", "Có": meaningless alone; beside a real mention they add nothing.
  if (held.length + not.length + unknown.length === 0) unknown.push(...empty);
  const certs = held.map((f): CertMention => ({
    kind: f.kind ?? 'khac',
    product: f.product === null ? null : slice(clean, f.product.from, f.product.to),
    raw: slice(clean, f.rawFrom, f.rawTo),
  }));
  const texts = (list: readonly Found[]): string[] => list.map((f) => slice(clean, f.rawFrom, f.rawTo));
  return { certs, notCerts: texts(not), unknown: texts(unknown) };
}
