/**
 * DOCX output: the same document as an editable Word draft, which the clerk finishes and signs.
 * A4 portrait with the NĐ 30 margins of page.ts, Times New Roman 14. The header block and the signature
 * block are borderless two-column tables, as Word templates of administrative documents make them.
 * Page numbers: a centred PAGE field in the page header, with a different (empty) first-page header, so
 * page 1 has none and numbering still counts it.
 */
import { xmlSafeDeep } from '../../../shared/xml-text.ts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import { NATIONAL_MOTTO, NATIONAL_NAME } from '../model.ts';
import type { Appendix, DocumentModel } from '../model.ts';
import { blockContent, FONT, pt, TEXT_WIDTH_TWIP, textRun } from './docx-blocks.ts';
import { PAGE } from './page.ts';

/** Millimetres to twips, rounded (docx's helper truncates: 210 mm → 11905, which Word shows as a custom size, not A4). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function line(text: string, size: number, options: { bold?: boolean; italics?: boolean; align?: Align; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: (options.before ?? 0) * 20, after: 0 },
    children: [textRun(text, { size, bold: options.bold ?? false, italics: options.italics ?? false })],
  });
}

/**
 * A short solid line drawn as the bottom border of an empty, tiny paragraph, narrowed by indents so it is
 * `widthTwip` long and centred in a cell `cellTwip` wide. It stays a line when the clerk edits the text
 * around it, which an underline of spaces would not.
 */
function rule(cellTwip: number, widthTwip: number): Paragraph {
  const side = Math.max(0, Math.round((cellTwip - widthTwip) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, borders: TableBorders.NONE, children }),
          ),
        }),
    ),
  });
}

/** Ô 1–4: 42 % / 58 % of the text width, as in the HTML. */
function headerBlock(model: DocumentModel): Table {
  const left = Math.round(TEXT_WIDTH_TWIP * 0.42);
  const right = TEXT_WIDTH_TWIP - left;
  const h = model.header;
  const bodies: Paragraph[] = [];
  if (h.parentBody) bodies.push(line(h.parentBody, 13));
  bodies.push(line(h.issuingBody, 13, { bold: true }), rule(left, Math.round(left * 0.35)));
  // The Tiêu ngữ line is as long as the motto: about 62 mm in Times New Roman 13 bold.
  const nation = [line(NATIONAL_NAME, 12, { bold: true }), line(NATIONAL_MOTTO, 13, { bold: true }), rule(right, mm(62))];
  return layoutTable(
    [left, right],
    [
      [bodies, nation],
      [[line(h.numberLine, 13, { before: 6 })], [line(h.placeDateLine, 14, { italics: true, before: 6 })]],
    ],
  );
}

function titleBlock(model: DocumentModel): Paragraph[] {
  const out = [line(model.title.docType, 14, { bold: true, before: 18 })];
  for (const s of model.title.summary) out.push(line(s, 14, { bold: true }));
  out.push(rule(TEXT_WIDTH_TWIP, Math.round(TEXT_WIDTH_TWIP * 0.3)));
  out.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  return out;
}

/** Ô 7 and 9: Nơi nhận on the left, signer on the right with room for signature and seal. */
function signatureBlock(model: DocumentModel): Table {
  const left = Math.round(TEXT_WIDTH_TWIP * 0.45);
  const right = TEXT_WIDTH_TWIP - left;
  const s = model.signature;
  const recipients = [
    line('Nơi nhận:', 12, { bold: true, italics: true, align: AlignmentType.LEFT, before: 12 }),
    ...model.recipients.map((r) => line(r, 11, { align: AlignmentType.LEFT })),
  ];
  const signer: Paragraph[] = [];
  if (s.authority) signer.push(line(s.authority, 14, { bold: true, before: 12 }));
  signer.push(line(s.title, 14, { bold: true, before: s.authority ? 0 : 12 }));
  for (let i = 0; i < 4; i++) signer.push(line('', 14));
  signer.push(line(s.name, 14, { bold: true }));
  return layoutTable([left, right], [[recipients, signer]]);
}

function appendixContent(a: Appendix): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [textRun(a.label, { bold: true })] }),
    line(a.title, 14, { bold: true }),
  ];
  if (a.subtitle) out.push(line(a.subtitle, 13, { italics: true }));
  for (const b of a.blocks) out.push(...blockContent(b));
  return out;
}

export function buildDocx(model: DocumentModel): Document {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
  return new Document({
    creator: model.author,
    title: model.metaTitle,
    // Line spacing is set per paragraph, not in the document defaults: LibreOffice applies a default
    // proportional line spacing to the inside of native charts and squashes them to a sliver.
    styles: { default: { document: { run: { font: FONT, size: pt(PAGE.bodyPt) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mm(PAGE.marginTopMm),
              bottom: mm(PAGE.marginBottomMm),
              left: mm(PAGE.marginLeftMm),
              right: mm(PAGE.marginRightMm),
              header: mm(PAGE.headerDistanceMm),
              footer: mm(PAGE.headerDistanceMm),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerBlock(model),
          ...titleBlock(model),
          ...model.body.flatMap(blockContent),
          signatureBlock(model),
          ...model.appendices.flatMap(appendixContent),
        ],
      },
    ],
  });
}

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  // Every text made fit for XML first: the docx library writes what it is given.
  return new Uint8Array(await Packer.toBuffer(buildDocx(xmlSafeDeep(model))));
}
