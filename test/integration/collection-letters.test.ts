import { describe, expect, it } from 'vitest';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 2, 5, 9, 0, 0);
const COMMUNE = '04792';

async function setup() {
  const app = await openTestApp({ now: () => NOW });
  const ids = [];
  for (const name of ['Hợp tác xã Chè Tân Lập', 'Hợp tác xã Mây tre đan', 'Tổ hợp tác Rau sạch'])
    ids.push(
      await createRow(app, 'organizations', {
        type: name.startsWith('Tổ') ? 'THT' : 'HTX',
        name,
        status: 'dang_hoat_dong',
        communeCode: COMMUNE,
      }),
    );
  return { app, ids };
}

const html = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('letters of the collection (NĐ 30 layout)', () => {
  it('the request letter asks the commune for the reports of its organizations, by the deadline', async () => {
    const { app } = await setup();
    const file = await value(
      app.call('collection.letter', {
        kind: 'request',
        year: 2024,
        period: 'Y',
        communeCode: COMMUNE,
        deadline: '2025-03-31',
        format: 'html',
      }),
    );
    expect(file.fileName).toMatch(/^cong-van-de-nghi-bao-cao-2024-Y-04792-.*\.html$/);
    const text = html(file.contentBase64);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('V/v đề nghị báo cáo số liệu kinh tế tập thể năm 2024');
    expect(text).toMatch(/Kính gửi: Ủy ban nhân dân (Xã|Phường) /);
    expect(text).toContain('hướng dẫn 3 tổ chức kinh tế tập thể');
    expect(text).toContain('trước ngày 31/03/2025');
  });

  it('the reminder lists only those who have not reported, and prints as Word', async () => {
    const { app, ids } = await setup();
    await value(
      app.call('collection.setReceipt', {
        organizationId: ids[0] ?? 0,
        year: 2024,
        period: 'Y',
        receivedOn: '2025-03-01',
        channel: 'email',
      }),
    );
    const file = await value(
      app.call('collection.letter', { kind: 'reminder', year: 2024, period: 'Y', communeCode: COMMUNE, format: 'html' }),
    );
    const text = html(file.contentBase64);
    expect(text).toContain('V/v đôn đốc báo cáo số liệu kinh tế tập thể năm 2024');
    expect(text).toContain('chưa nhận được báo cáo của 2/3 tổ chức');
    expect(text).toContain('đến ngày 05/03/2025');
    expect(text).toContain('Hợp tác xã Mây tre đan');
    expect(text).toContain('Tổ hợp tác Rau sạch');
    expect(text).not.toContain('Hợp tác xã Chè Tân Lập');
    const docx = await value(
      app.call('collection.letter', { kind: 'reminder', year: 2024, period: 'Y', communeCode: COMMUNE, format: 'docx' }),
    );
    expect(Buffer.from(docx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a commune that does not exist, in Vietnamese', async () => {
    const { app } = await setup();
    const r = await app.call('collection.letter', { kind: 'request', year: 2024, period: 'Y', communeCode: '99999', format: 'html' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Không tìm thấy xã, phường.');
  });
});
