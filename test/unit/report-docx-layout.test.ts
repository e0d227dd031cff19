import { describe, expect, it } from 'vitest';
import { annualReport, renderDocx } from '../../src-main/core/reports/index.ts';
import { annualInput2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';
import { docxText, readZip } from '../helpers/report-text.ts';

const docx = await renderDocx(annualReport(annualInput2024(), SETTINGS, REPORT_SETTINGS).model);
const parts = readZip(docx);
const xml = (name: string): string => parts.get(name)?.toString('utf8') ?? '';
const documentXml = xml('word/document.xml');
const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(documentXml)?.[0] ?? '';

describe('DOCX layout per Nghị định 30/2020', () => {
  it('is A4 portrait with margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(sectPr).toMatch(/w:top="1134"/);
    expect(sectPr).toMatch(/w:bottom="1134"/);
    expect(sectPr).toMatch(/w:left="1701"/);
    expect(sectPr).toMatch(/w:right="850"/);
  });

  it('uses Times New Roman 14 as the document default', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml('word/styles.xml'))?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('numbers pages at the top centre from page 2: a different, empty first-page header', () => {
    expect(sectPr).toContain('<w:titlePg/>');
    const refs = [...sectPr.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(refs.map((r) => r[0]).sort()).toEqual(['default', 'first']);
    const rels = xml('word/_rels/document.xml.rels');
    const target = (id: string | undefined): string =>
      new RegExp(`Id="${id ?? ''}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id ?? ''}"`).exec(rels)?.[1] ??
      '';
    const header = (type: string): string => xml(`word/${target(refs.find((r) => r[0] === type)?.[1])}`);
    expect(header('default')).toMatch(/<w:jc w:val="center"\/>/);
    expect(docxText(docx, `word/${target(refs.find((r) => r[0] === 'default')?.[1])}`)).toBe('{PAGE}\n');
    expect(header('first')).not.toContain('PAGE');
  });

  it('puts the header block in a borderless two-column table', () => {
    const first = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    expect(first).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect((first.match(/<w:gridCol /g) ?? []).length).toBe(2);
    expect(docxText(docx).split('\n')[0]).toBe(
      'UBND TỈNH PHÚ THỌ / BAN CHỈ ĐẠO PHÁT TRIỂN KTTT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc',
    );
  });

  it('repeats table header rows on each page and never splits a row', () => {
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const data = tables.filter((t) => t.includes('<w:tblHeader/>'));
    // Nine biểu and the appendix; the header and signature layout tables have no header row.
    expect(data.length).toBe(9);
    for (const t of tables) {
      const rows = t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
  });

  it('embeds the charts as native, editable Word charts', () => {
    expect([...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k)).length).toBe(2);
    expect(xml('word/charts/chart1.xml')).toContain('<c:grouping val="stacked"/>');
    expect(xml('word/charts/chart2.xml')).toContain('<c:lineChart>');
  });

  it('starts the appendix on a new page', () => {
    expect(documentXml).toMatch(/<w:pageBreakBefore\/>[\s\S]{0,600}Phụ lục/);
  });
});
