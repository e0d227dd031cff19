/**
 * The print stylesheet of the Nghị định 30/2020 layout (domain.md §7), embedded in every HTML report so the
 * file is self-contained: the app's print preview, Chromium's page.pdf and Electron's printToPDF all read the
 * same bytes, and no path to a resources folder has to be right at print time.
 *
 * Page numbers use CSS page-margin boxes (@top-center with counter(page)), which Chromium has supported
 * since version 131 (Electron 34+): the number is centred in the top margin, and `@page :first` removes it
 * from page 1. This works identically for page.pdf, printToPDF and the print dialog, with no header
 * template (Chromium's headerTemplate cannot leave page 1 blank: it has no per-page condition, and a
 * narrower first-page margin does not remove it — tried and verified by rendering). Do not turn on
 * displayHeaderFooter when printing: Chromium would then draw its own header over these boxes.
 */
import { PAGE } from './page.ts';

const SERIF = `"Times New Roman", "Liberation Serif", "Noto Serif", "Tinos", serif`;

export const REPORT_CSS = `
@page {
  size: A4 portrait;
  margin: ${PAGE.marginTopMm}mm ${PAGE.marginRightMm}mm ${PAGE.marginBottomMm}mm ${PAGE.marginLeftMm}mm;
  @top-center { content: counter(page); font-family: ${SERIF}; font-size: 13pt; vertical-align: middle; }
}
@page :first { @top-center { content: none; } }
html { font-family: ${SERIF}; font-size: ${PAGE.bodyPt}pt; color: #000; background: #fff; }
body { margin: 0; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen {
  html { background: #d9d9d9; }
  .document { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; background: #fff;
    padding: ${PAGE.marginTopMm}mm ${PAGE.marginRightMm}mm ${PAGE.marginBottomMm}mm ${PAGE.marginLeftMm}mm; box-shadow: 0 1px 6px rgba(0,0,0,.35); }
}
table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.layout td { vertical-align: top; padding: 0; text-align: center; }
.doc-header { margin-bottom: 18pt; break-inside: avoid; }
.doc-header .left { width: 42%; }
.doc-header .right { width: 58%; }
.parent-body { font-size: 13pt; text-transform: uppercase; }
.issuing-body { font-size: 13pt; font-weight: bold; text-transform: uppercase; }
.nation { font-size: 12pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: 13pt; font-weight: bold; }
.motto span { display: inline-block; padding-bottom: 1pt; border-bottom: 0.75pt solid #000; }
.rule { margin: 2pt auto 0; border-top: 0.75pt solid #000; height: 0; }
.rule.issuer { width: 35%; }
.rule.summary { width: 30%; margin-top: 4pt; }
.number-line { font-size: 13pt; padding-top: 6pt !important; }
.place-date { font-size: 14pt; font-style: italic; padding-top: 6pt !important; }
.doc-title { text-align: center; margin: 6pt 0 12pt; break-after: avoid; }
.doc-type { font-weight: bold; font-size: 14pt; }
.doc-summary { font-weight: bold; font-size: 14pt; }
p.body { margin: 6pt 0; text-align: justify; text-indent: 1.27cm; orphans: 2; widows: 2; }
p.body.no-indent { text-indent: 0; }
p.body.center { text-align: center; } p.body.left { text-align: left; } p.body.right { text-align: right; }
h2, h3, h4 { font-size: ${PAGE.bodyPt}pt; margin: 9pt 0 6pt; text-indent: 1.27cm; break-after: avoid; text-align: justify; }
h2 { font-weight: bold; }
h3 { font-weight: bold; }
h4 { font-weight: bold; font-style: italic; }
.table-block { margin: 9pt 0; }
.table-caption { font-weight: bold; text-align: center; font-size: 13pt; break-after: avoid; }
.table-unit { font-style: italic; text-align: right; font-size: 12pt; break-after: avoid; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; line-height: 1.2; }
table.data.compact { font-size: 11pt; }
table.data th, table.data td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; overflow-wrap: break-word; }
table.data th { font-weight: bold; text-align: center; }
/* Chromium repeats a thead on every page a table crosses; rows are never cut in two. */
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data tr.group td { font-weight: bold; font-style: italic; }
table.data tr.total td, table.data tr.bold td { font-weight: bold; }
td.l { text-align: left; } td.c { text-align: center; } td.r { text-align: right; white-space: nowrap; }
.table-note { font-style: italic; font-size: 12pt; margin: 3pt 0 0; text-align: justify; }
figure.chart { margin: 9pt 0; break-inside: avoid; text-align: center; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { font-weight: bold; font-size: 13pt; margin-top: 3pt; }
.page-break { break-after: page; height: 0; }
.doc-sign { margin-top: 12pt; break-inside: avoid; }
.doc-sign .recipients { width: 45%; text-align: left; }
.doc-sign .signer { width: 55%; }
.recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
.recipients-line { font-size: 11pt; }
.sign-authority, .sign-title { font-weight: bold; font-size: 14pt; text-transform: uppercase; }
.sign-space { height: 28mm; }
.sign-name { font-weight: bold; font-size: 14pt; }
section.appendix { break-before: page; }
.appendix-label { text-align: center; font-weight: bold; font-size: 14pt; }
.appendix-title { text-align: center; font-weight: bold; font-size: 14pt; }
.appendix-subtitle { text-align: center; font-style: italic; font-size: 13pt; margin-bottom: 9pt; }
`;
