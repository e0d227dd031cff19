/**
 * The OCOP sheet: product, owner ("Chủ thể", written its own way), stars as "4 sao" / "4*" / "4★" / 4, the
 * recognition decision (number and date apart, together in one sentence, or only a year), maybe sections by
 * star level.
 */
import { dateCell, dateText } from './cells.ts';
import type { Cell, CellEncoding, Grid } from './grid.ts';
import { addRow, merge, newGrid, num, setCell, text } from './grid.ts';
import type { Layout, StarStyle } from './layout.ts';
import type { Truth, TruthOcop, TruthOrg } from './model.ts';
import { communeText, districtText } from './phrases.ts';
import { newTonePlacement } from './tones.ts';
import { rngFor, type Rng } from './rng.ts';
import { frameEncoding, writeSignature, type FrameText } from './sheet-frame.ts';

const SWAPS: ReadonlyArray<[RegExp, string]> = [
  [/^HTX /, 'Hợp tác xã '],
  [/^Hợp tác xã /, 'HTX '],
  [/^Liên hiệp HTX /, 'Liên hiệp hợp tác xã '],
  [/^Liên hiệp hợp tác xã /, 'Liên hiệp HTX '],
  [/^THT /, 'Tổ hợp tác '],
  [/^Tổ hợp tác /, 'THT '],
];

/** The owner as the OCOP list writes it: another prefix, capitals, new tone placement, doubled spaces. */
export function ownerVariant(name: string, rng: Rng): string {
  let s = name;
  const swap = SWAPS.find(([re]) => re.test(s));
  if (swap && rng.chance(0.6)) s = s.replace(swap[0], swap[1]);
  if (rng.chance(0.5)) s = newTonePlacement(s);
  if (rng.chance(0.3)) s = s.toUpperCase();
  else if (rng.chance(0.2)) s = s.toLowerCase().replace(/^./, (c) => c.toUpperCase());
  if (rng.chance(0.2)) s = s.replace(' ', '  ');
  return s;
}

function starCell(stars: number, style: StarStyle, rng: Rng): Cell {
  const s = style === 'mixed' ? rng.pick<StarStyle>(['sao', 'asterisk', 'blackstar', 'plain']) : style;
  if (s === 'sao') return text(rng.pick([`${stars} sao`, `${stars} Sao`, `Hạng ${stars} sao`]));
  if (s === 'asterisk') return text(`${stars}*`);
  if (s === 'blackstar') return text(rng.chance(0.5) ? `${stars}★` : '★'.repeat(stars));
  return rng.chance(0.7) ? num(stars) : text(String(stars));
}

function ownerOf(p: TruthOcop, orgs: ReadonlyMap<number, TruthOrg>): TruthOrg | undefined {
  return p.owner.kind === 'org' ? orgs.get(p.owner.key) : undefined;
}

function decisionSentence(p: TruthOcop, rng: Rng): string {
  if (p.decided.kind === 'year') return `QĐ số ${p.decisionNo} năm ${p.decided.y}`;
  return `${rng.pick(['Số', 'QĐ số', 'Quyết định số'])} ${p.decisionNo} ngày ${dateText(p.decided.date, rng.pick(['slash', 'short', 'dot']))}`;
}

interface OcopColumn {
  id: string;
  header: string;
  cell(p: TruthOcop, owner: TruthOrg | undefined, rng: Rng): Cell;
}

function ocopColumns(layout: Layout, hr: (id: string) => Rng): OcopColumn[] {
  const o = layout.ocop;
  const cols: OcopColumn[] = [
    { id: 'product', header: hr('product').pick(['Tên sản phẩm', 'Tên sản phẩm OCOP', 'Sản phẩm']), cell: (p) => text(p.product) },
    {
      id: 'owner',
      header: hr('owner').pick(['Chủ thể', 'Tên chủ thể', 'Chủ thể sản xuất', 'Đơn vị sở hữu']),
      cell: (p, w, rng) =>
        text(p.owner.kind === 'external' ? p.owner.name : w ? (o.ownerVariants ? ownerVariant(w.name, rng) : w.name) : ''),
    },
  ];
  if (o.address)
    cols.push({
      id: 'address',
      header: 'Địa chỉ',
      cell: (_p, w, rng) =>
        w
          ? text(`${communeText(w.place, rng, false)}, ${districtText(w.place, rng, rng.chance(0.5))}`)
          : text(rng.pick(['TP Hòa Bình', 'huyện Lương Sơn', 'huyện Cao Phong'])),
    });
  cols.push({
    id: 'stars',
    header: hr('stars').pick(['Hạng sao', 'Số sao', 'Xếp hạng', 'Hạng sao đạt được']),
    cell: (p, _w, rng) => starCell(p.stars, o.stars, rng),
  });
  if (o.decision === 'split') {
    cols.push({ id: 'decisionNo', header: hr('decisionNo').pick(['Số QĐ', 'Số quyết định']), cell: (p) => text(p.decisionNo) });
    cols.push({
      id: 'decisionDate',
      header: hr('decisionDate').pick(['Ngày QĐ', 'Ngày công nhận', 'Ngày quyết định']),
      cell: (p, _w, rng) => dateCell(p.decided, layout, rng),
    });
  } else if (o.decision === 'combined') {
    cols.push({
      id: 'decision',
      header: hr('decision').pick(['Quyết định công nhận', 'QĐ công nhận (số, ngày)']),
      cell: (p, _w, rng) => text(decisionSentence(p, rng)),
    });
  } else {
    cols.push({
      id: 'year',
      header: hr('year').pick(['Năm công nhận', 'Năm được công nhận']),
      cell: (p) => num(p.decided.kind === 'year' ? p.decided.y : p.decided.date.y),
    });
  }
  cols.push({ id: 'notes', header: 'Ghi chú', cell: () => ({ kind: 'blank' }) });
  return cols;
}

export function ocopSheet(truth: Truth, name: string, layout: Layout, rng: Rng, f: FrameText, typed: CellEncoding): Grid {
  const g = newGrid(name);
  const orgs = new Map(truth.orgs.map((o) => [o.key, o]));
  const cols = ocopColumns(layout, (id) => rngFor(layout.seed, 'ocop-header', id));
  const width = cols.length + 1;
  g.widths = [5, 30, 40, 25, 10, 16, 14, 14].slice(0, width);
  if (layout.ocop.title) {
    const r = addRow(g);
    const title = rng.pick(['DANH SÁCH SẢN PHẨM OCOP', 'TỔNG HỢP SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN']);
    setCell(g, r, 0, text(title, true), frameEncoding(title, f));
    merge(g, r, 0, r, width - 1);
    addRow(g);
  }
  const hr = addRow(g);
  setCell(g, hr, 0, text('STT', true));
  cols.forEach((c, i) => setCell(g, hr, i + 1, text(c.header, true), frameEncoding(c.header, f)));
  const groups = layout.ocop.sectionsByStar ? ([5, 4, 3] as const).map((s) => truth.ocop.filter((p) => p.stars === s)) : [truth.ocop];
  let stt = 0;
  groups.forEach((products, gi) => {
    if (products.length === 0) return;
    if (layout.ocop.sectionsByStar) {
      const r = addRow(g);
      const label = `${['I', 'II', 'III'][gi] ?? ''}. SẢN PHẨM ${5 - gi} SAO`;
      setCell(g, r, 0, text(label, true), frameEncoding(label, f));
      merge(g, r, 0, r, 2);
    }
    for (const p of products) {
      const r = addRow(g);
      setCell(g, r, 0, num(++stt));
      cols.forEach((c, i) => {
        const cell = c.cell(p, ownerOf(p, orgs), rngFor(layout.seed, 'ocop-cell', p.product, c.id));
        setCell(g, r, i + 1, cell, cell.kind === 'text' ? typed : undefined);
      });
    }
  });
  writeSignature(g, layout, rng, f, width, truth.year, truth.provinceName);
  return g;
}
