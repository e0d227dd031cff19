// "Hủy" while a large file is being read stops the worker at once: the open answers with the reader's
// Vietnamese message and no job is left behind.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src-main/core/import/reader/analyze/staged-adapter.ts';
import { ImportService } from '../../src-main/core/import/service.ts';
import { legacyXlsx } from '../bench/import/make-legacy-xlsx.ts';
import { openTestApp } from '../helpers/temp.ts';

const WORKER = new URL('../../src-main/core/import/reader/worker/worker-entry.ts', import.meta.url);

describe('stopping a reading', () => {
  it('stops the worker while it reads, and the open fails with the reader’s message', async () => {
    const app = await openTestApp();
    const service = new ImportService(app.ctx, createAnalyzer({ workerUrl: WORKER }));
    const bytes = legacyXlsx(30_000);
    const opening = service.open('lon.xlsx', bytes, undefined, 'doc-lon-12345');
    // Left alone, this reading ends with a preview; stopped while the worker reads, it ends in the error.
    const stopped = await new Promise((resolve) => setTimeout(() => resolve(service.stopReading('doc-lon-12345')), 300));
    expect(stopped).toEqual({ stopped: true });
    await expect(opening).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Đã hủy việc đọc tệp.' });
    expect(service.stopReading('doc-lon-12345')).toEqual({ stopped: false });
  }, 60_000);
});
