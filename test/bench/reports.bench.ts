import { afterAll, beforeAll, describe, test } from 'vitest';
import type { AnnexOf, ReportFormatDto } from '../../src-main/contract/reports.ts';
import type { InspectionDocumentRequest } from '../../src-main/contract/inspections.ts';
import { annualReportOf } from '../../src-main/core/reports/service.ts';
import { savedInspectionReport } from '../../src-main/core/inspections/documents/files.ts';
import { record } from './measure.ts';
import { bytesOf, closeReportBench, MONITORING_AS_OF, openReportBench, pdfPages, timed, YEAR, type ReportBench } from './report-setup.ts';

/**
 * Every report model and every rendering on the 50,000-organization database (seed.ts + seed-reports.ts),
 * through the contract as the app's doors ask them. Targets: the annual report model in under 1 s and the
 * whole annual PDF (Chromium launched, printed, closed) in under 10 s; the others are targets set with them
 * (docs/benchmarks.md). A report that fails to render fails its benchmark.
 */
let bench: ReportBench;
/** Active organizations on 31/12, counted by a query of its own, to check the report's JSON. */
let activeAtYearEnd = 0;

beforeAll(async () => {
  bench = await openReportBench();
  const row = bench.app.ctx.conn.sqlite
    .prepare(
      `select count(*) as n from organizations o where o.deleted_at is null and (
         select case when h.status = 'tam_ngung' and h.to_date is not null and h.to_date < ? then 'dang_hoat_dong' else h.status end
         from status_history h where h.organization_id = o.id and h.from_date <= ? order by h.from_date desc, h.id desc limit 1) = 'dang_hoat_dong'`,
    )
    .get(`${YEAR}-12-31`, `${YEAR}-12-31`) as { n: number };
  activeAtYearEnd = row.n;
}, 600_000);
afterAll(async () => {
  await closeReportBench(bench);
});

const LONG = 3_600_000;
/** Targets per rendering of a report whose model is ready: PDF includes launching Chromium. */
const TARGET: Record<ReportFormatDto, number> = { json: 1_000, html: 2_000, docx: 10_000, xlsx: 10_000, pdf: 10_000 };

function check(format: ReportFormatDto, bytes: Buffer): void {
  const magic = { pdf: '%PDF', docx: 'PK', xlsx: 'PK', html: '<!DOCTYPE html>', json: '{' }[format];
  if (bytes.subarray(0, magic.length).toString() !== magic) throw new Error(`not a ${format} file`);
}

describe(`annual report ${YEAR}, 50,000 organizations`, () => {
  test(
    'model: data read by SQL and laid out (annualReportOf)',
    async () => {
      await timed(
        'report: annual model (50,000 organizations)',
        async () => {
          const r = await annualReportOf(bench.app.ctx, YEAR);
          if (r.model.body.length === 0) throw new Error('empty report');
        },
        { runs: 5, targetMs: 1_000 },
      );
    },
    LONG,
  );

  for (const format of ['json', 'html', 'docx', 'xlsx', 'pdf'] as const) {
    test(
      `reports.annualFile ${format}`,
      async () => {
        let note = '';
        await timed(
          `report: annual ${format} (reports.annualFile, 50,000 organizations)`,
          async () => {
            const bytes = bytesOf(await bench.app.call('reports.annualFile', { year: YEAR, format }));
            check(format, bytes);
            if (format === 'json') {
              const json = JSON.parse(bytes.toString('utf8')) as { active: { total: number } };
              if (json.active.total !== activeAtYearEnd) throw new Error(`active ${json.active.total}, expected ${activeAtYearEnd}`);
            }
            note = format === 'pdf' ? `${pdfPages(bytes, bench.dir)} pages, ${bytes.length} bytes` : `${bytes.length} bytes`;
          },
          { runs: format === 'pdf' ? 3 : 5, targetMs: TARGET[format] },
        );
        record({ name: `report: annual ${format} output`, note });
      },
      LONG,
    );
  }
});

/**
 * The annexes: the appendices too long to print with their report (over 100 pages), as the clerk asks for
 * them after the report. The XLSX is written with every report that has one (the CLI always writes it); the
 * PDF only when asked, and at 2,300 pages it is slow by nature: measured once per run, with no target.
 */
const ANNEXES: Array<{ label: string; of: AnnexOf; pdf: boolean }> = [
  { label: `annual report ${YEAR}`, of: { kind: 'annual', year: YEAR }, pdf: true },
  { label: `inspection period report ${YEAR}`, of: { kind: 'period', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }, pdf: false },
  { label: `monitoring report as of ${MONITORING_AS_OF}`, of: { kind: 'monitoring', asOf: MONITORING_AS_OF }, pdf: true },
];

describe('annexes (reports.annexFile)', () => {
  for (const annex of ANNEXES) {
    for (const format of annex.pdf ? (['xlsx', 'pdf'] as const) : (['xlsx'] as const)) {
      test(
        `${annex.label} annex ${format}`,
        async () => {
          let note = '';
          await timed(
            `report: ${annex.label} annex ${format} (reports.annexFile)`,
            async () => {
              const bytes = bytesOf(await bench.app.call('reports.annexFile', { of: annex.of, format }));
              check(format, bytes);
              note = format === 'pdf' ? `${pdfPages(bytes, bench.dir)} pages, ${bytes.length} bytes` : `${bytes.length} bytes`;
            },
            format === 'pdf' ? { runs: 1, warmup: 0 } : { runs: 3, targetMs: 10_000 },
          );
          record({ name: `report: ${annex.label} annex ${format} output`, note });
        },
        LONG,
      );
    }
  }
});

const DOCUMENTS: Array<{ label: string; request: () => InspectionDocumentRequest }> = [
  { label: `inspection period report ${YEAR}`, request: () => ({ kind: 'period', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }) },
  { label: `monitoring report as of ${MONITORING_AS_OF}`, request: () => ({ kind: 'monitoring', asOf: MONITORING_AS_OF }) },
  { label: 'inspection record (biên bản)', request: () => ({ kind: 'record', id: bench.seed.sampleRecordId }) },
];

for (const doc of DOCUMENTS) {
  describe(doc.label, () => {
    test(
      'model: data and layout (savedInspectionReport)',
      async () => {
        await timed(
          `report: ${doc.label} model`,
          async () => {
            const r = await savedInspectionReport(bench.app.ctx, doc.request());
            if (r.model.body.length === 0) throw new Error('empty report');
          },
          { runs: 5, targetMs: 1_000 },
        );
      },
      LONG,
    );

    for (const format of ['json', 'html', 'docx', 'xlsx', 'pdf'] as const) {
      test(
        `inspections.documentFile ${format}`,
        async () => {
          let note = '';
          await timed(
            `report: ${doc.label} ${format} (inspections.documentFile)`,
            async () => {
              const bytes = bytesOf(await bench.app.call('inspections.documentFile', { document: doc.request(), format }));
              check(format, bytes);
              note = format === 'pdf' ? `${pdfPages(bytes, bench.dir)} pages, ${bytes.length} bytes` : `${bytes.length} bytes`;
            },
            { runs: 3, targetMs: TARGET[format] },
          );
          record({ name: `report: ${doc.label} ${format} output`, note });
        },
        LONG,
      );
    }
  });
}
