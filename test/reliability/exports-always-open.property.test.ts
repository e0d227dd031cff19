import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  heading,
  paragraph,
  renderAnnexHtml,
  renderAnnexXlsx,
  renderDocx,
  renderHtml,
  renderXlsx,
  type AnnexDocument,
  type DocumentModel,
  type TableBlock,
} from '../../src-main/core/reports/index.ts';
import { xmlSafeText } from '../../src-main/shared/xml-text.ts';
import { readZip } from '../helpers/report-text.ts';

/** Any UTF-16 code unit (lone surrogates included), with the characters XML refuses made frequent. */
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.constantFrom('\uFFFE', '\uFFFF', '\u0000', '\u0001', '\u000B', '\u001F', '\uD800', '\uDFFF', '\uD83D\uDE00', 'ệ', '&', '<', ']]>'),
);
const hostileText = fc.string({ unit: anyUnit, minLength: 1, maxLength: 24 });

function modelOf(t: string[]): DocumentModel {
  const at = (i: number) => t[i % t.length] ?? '';
  const table: TableBlock = {
    kind: 'table',
    sheetName: at(0),
    caption: at(1),
    unit: at(2),
    columns: [
      { header: at(3), format: 'text', width: 30 },
      { header: at(4), format: { kind: 'money', unit: 'trieu', decimals: 0 }, width: 12, sum: true },
    ],
    rows: [
      { kind: 'group', label: at(5) },
      { kind: 'data', cells: [at(6), 1_580_000] },
      { kind: 'data', cells: [at(7), null] },
    ],
  };
  return {
    metaTitle: at(8),
    author: at(9),
    header: { parentBody: at(10), issuingBody: at(11), numberLine: at(12), placeDateLine: at(13) },
    title: { docType: at(14), summary: [at(15)] },
    body: [heading(1, at(16)), paragraph(at(17)), table],
    recipients: [at(18)],
    signature: { authority: at(19), title: at(20), name: at(21) },
    appendices: [{ label: at(22), title: at(23), subtitle: at(0), blocks: [paragraph(at(1)), table] }],
  };
}

/** Parses every XML part of a zip (XLSX, DOCX) with a strict, non-recovering XML parser; throws on the first fault. */
function parseEveryPart(zip: Uint8Array): number {
  let parts = 0;
  for (const [name, bytes] of readZip(zip)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => {
      throw new Error(`${name}: ${e.message}`);
    });
    parser.write(bytes.toString('utf8')).close();
    parts++;
  }
  return parts;
}

/** XML 1.0's Char production: what a browser's XHTML parser, and Word's and Excel's, accept. */
const OUTSIDE_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('every export opens, whatever text the clerk typed or imported', () => {
  it('XLSX and DOCX of a report: every XML part parses strictly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 24, maxLength: 24 }), async (texts) => {
        const model = modelOf(texts);
        expect(parseEveryPart(await renderXlsx(model))).toBeGreaterThan(3);
        expect(parseEveryPart(await renderDocx(model))).toBeGreaterThan(3);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('the annex XLSX and every HTML (report and annex) hold only characters XML allows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 24, maxLength: 24 }), async (texts) => {
        const model = modelOf(texts);
        const annex: AnnexDocument = { metaTitle: texts[0] ?? '', author: texts[1] ?? '', appendices: model.appendices };
        expect(parseEveryPart(await renderAnnexXlsx(annex))).toBeGreaterThan(3);
        expect(renderHtml(model)).not.toMatch(OUTSIDE_XML_CHAR);
        expect(renderAnnexHtml(annex)).not.toMatch(OUTSIDE_XML_CHAR);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('cleaning keeps every character XML allows and changes nothing in ordinary Vietnamese', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const clean = xmlSafeText(text);
        expect(clean).not.toMatch(OUTSIDE_XML_CHAR);
        const kept = [...text.toWellFormed()].filter((c) => !OUTSIDE_XML_CHAR.test(c)).join('');
        expect(clean).toBe(kept);
      }),
    );
    expect(xmlSafeText('Hợp tác xã Nông nghiệp Đồng Tâm – 1.580.000 đ')).toBe('Hợp tác xã Nông nghiệp Đồng Tâm – 1.580.000 đ');
  });
});
