/** Reports: the document model, the renderers (HTML, PDF, DOCX, XLSX, JSON) and the reports built on them. */
export type * from './model.ts';
export { heading, paragraph, NATIONAL_MOTTO, NATIONAL_NAME } from './model.ts';
export { documentHeader, numberLine, placeDateLine, recipientLines, signatureBlock, type ReportSettings } from './frame.ts';
export * from './render/index.ts';
export { ANNEX_MIN_PAGES, annexLine, estimatedPages, separateAnnexes } from './annex.ts';
export * from './annual/index.ts';
