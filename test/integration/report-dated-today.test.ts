// One rule for the date of a printed document: the day it is printed, unless the clerk set one; a biên bản
// keeps the inspection day.
import { describe, expect, it } from 'vitest';
import { formatVnDateLong } from '../../src-main/shared/index.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);

describe('the date printed on a report', () => {
  it('is today when the clerk set none, and the date set otherwise', async () => {
    const app = await openTestApp({ now: () => NOW });
    const today = formatVnDateLong('2025-06-15');
    // Without a place name the line starts with the date: "Ngày 15 tháng 6 năm 2025".
    expect((await value(app.call('reports.annualHtml', { year: 2024 }))).html.toLowerCase()).toContain(today);
    const settings = await value(app.call('reports.settings', { type: 'annual' }));
    await value(app.call('reports.saveSettings', { type: 'annual', settings: { ...settings, date: '2025-01-10' } }));
    const html = (await value(app.call('reports.annualHtml', { year: 2024 }))).html.toLowerCase();
    expect(html).toContain(formatVnDateLong('2025-01-10'));
    expect(html).not.toContain(today);
  });
});
