import { describe, expect, it } from 'vitest';
import { methodNames } from '../../src-main/contract/index.ts';
import { buildHandlers } from '../../src-main/core/handlers.ts';
import { dbSnapshot, openTestApp } from '../helpers/temp.ts';

/** Payloads no method accepts: wrong shapes, wrong types, extra keys, prototype tricks. */
const MALFORMED: unknown[] = [
  'chuỗi',
  42,
  [1, 2],
  { unexpected: true },
  { path: 123 },
  { path: '' },
  { officeName: 5 },
  { provinceCode: 'abc' },
  JSON.parse('{"__proto__": {"polluted": true}, "officeName": 1}'),
];

describe('the contract', () => {
  it('has a handler for every method and no handler outside it', async () => {
    const app = await openTestApp();
    expect(Object.keys(buildHandlers(app.ctx)).sort()).toEqual([...methodNames].sort());
  });

  it('refuses malformed payloads for every method and changes nothing', async () => {
    const app = await openTestApp();
    await app.call('settings.set', { officeName: 'Trước' });
    const auditBefore = await app.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const before = dbSnapshot(app);
    for (const name of methodNames) {
      for (const payload of MALFORMED) {
        const r = await app.callByName(name, payload);
        if (r.ok) {
          // Only methods without input may ignore an empty object; none may accept these.
          throw new Error(`${name} accepted ${JSON.stringify(payload)}`);
        }
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.message).toBe('Dữ liệu gửi lên không hợp lệ.');
      }
    }
    const auditAfter = await app.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(auditAfter).toEqual(auditBefore);
    expect(dbSnapshot(app)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const app = await openTestApp();
    const r = await app.callByName('db.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const proto = await app.callByName('__proto__', {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('turns an unexpected failure into a Vietnamese message without internals', async () => {
    const app = await openTestApp();
    await app.close();
    const logged: unknown[] = [];
    const { dispatch } = await import('../../src-main/core/dispatch.ts');
    const r = await dispatch(app.handlers, 'settings.get', {}, (_m, e) => logged.push(e));
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!r.ok) expect(r.error.message).toMatch(/lỗi không mong muốn/);
    expect(logged).toHaveLength(1);
  });
});

describe('settings', () => {
  it('are kept, and every change is written to the audit log with old and new values', async () => {
    const app = await openTestApp();
    const r = await app.call('settings.set', { officeName: 'Liên minh HTX tỉnh Phú Thọ', signerName: 'Nguyễn Văn A' });
    expect(r).toMatchObject({ ok: true, value: { officeName: 'Liên minh HTX tỉnh Phú Thọ', signerName: 'Nguyễn Văn A', placeName: '' } });
    await app.call('settings.set', { officeName: 'Liên minh HTX tỉnh Phú Thọ', signerName: 'Trần Thị B' });
    const log = await app.ctx.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(log.map((e) => [e.field, e.old_value, e.new_value, e.who])).toEqual([
      ['officeName', '""', '"Liên minh HTX tỉnh Phú Thọ"', 'tester'],
      ['signerName', '""', '"Nguyễn Văn A"', 'tester'],
      ['signerName', '"Nguyễn Văn A"', '"Trần Thị B"', 'tester'],
    ]);
  });
});
