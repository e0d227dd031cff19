import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommuneBook, OrgBook } from '../../src-renderer/grid/books.ts';
import { EchoFilter } from '../../src-renderer/grid/echo.ts';

describe('skipping the echo of our own saves', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('skips one data.changed per write that changed something, whether it comes before or after the answer', () => {
    const f = new EchoFilter();
    const a = f.begin();
    expect(f.consume()).toBe(true); // the event came before the answer
    f.end(a, true);
    const b = f.begin();
    f.end(b, true);
    expect(f.consume()).toBe(true); // after the answer
    expect(f.consume()).toBe(false); // a change from another window
  });

  it('expects no echo from a write the core refused entirely, and stops expecting a lost one', () => {
    const f = new EchoFilter();
    f.end(f.begin(), false);
    expect(f.consume()).toBe(false);
    f.end(f.begin(), true);
    vi.advanceTimersByTime(6000);
    expect(f.consume()).toBe(false);
  });
});

describe('name books', () => {
  it('prefers the reference list to names seen on rows, and finds communes without the unit word', () => {
    const b = new CommuneBook();
    b.addSeen('08800', 'Xã Hòa Bình, Tỉnh Phú Thọ');
    expect(b.label('08800')).toBe('Xã Hòa Bình');
    b.addList([{ code: '08800', name: 'Xã Hoà Bình' }]);
    expect(b.label('08800')).toBe('Xã Hoà Bình');
    expect(b.resolve('hoa binh')).toBe('08800');
  });

  it('reads typed names added before and after the first one read, the former name of a renamed commune too', () => {
    const b = new CommuneBook();
    b.addList([{ code: '08800', name: 'Xã Hòa Bình' }]);
    expect(b.resolve('Xã Hòa Bình')).toBe('08800');
    b.addList([
      { code: '09001', name: 'Phường Đồng Tâm' },
      { code: '08800', name: 'Phường Hòa Bình' },
    ]);
    expect(b.resolve('dong tam')).toBe('09001');
    expect(b.resolve('phuong hoa binh')).toBe('08800');
    expect(b.resolve('xa hoa binh')).toBe('08800');
    b.addList([{ code: '09002', name: 'Xã Đồng Tâm' }]);
    expect(b.resolve('dong tam')).toBe('ambiguous');
  });

  it('tells when a name a cell showed (or could not show) changed, and only then', () => {
    const b = new CommuneBook();
    b.addSeen('08800', 'Xã Hòa Bình, Tỉnh Phú Thọ');
    expect(b.label('08800')).toBe('Xã Hòa Bình');
    const start = b.version;
    // The reference list names communes no row showed, and the same name again: nothing to redraw.
    b.addList([
      { code: '08800', name: 'Xã Hòa Bình' },
      { code: '04792', name: 'Xã Thanh Sơn' },
    ]);
    expect(b.version).toBe(start);
    // A code shown bare until its name came, or a name that changed: the rows must be redrawn.
    expect(b.label('99999')).toBeUndefined();
    b.addList([{ code: '99999', name: 'Phường Mới' }]);
    expect(b.version).toBe(start + 1);
    b.addList([{ code: '08800', name: 'Xã Hoà Bình' }]);
    expect(b.version).toBe(start + 2);
  });

  it('takes a renamed organization from its rows and searches by code or name without diacritics', () => {
    const o = new OrgBook();
    o.setAll([{ id: 1, name: 'HTX Cũ', regCode: '123', type: 'HTX' }]);
    o.addSeen(1, 'HTX Đồng Tâm');
    expect(o.name(1)).toBe('HTX Đồng Tâm');
    expect(o.search('dong tam', 10).map((e) => e.id)).toEqual([1]);
    expect(o.search('123', 10).map((e) => e.id)).toEqual([1]);
    expect(o.resolve('htx dong tam')).toBe(1);
  });

  it('makes a list handed over for later into the directory only when first asked, and a newer list replaces it', () => {
    const o = new OrgBook();
    let made = 0;
    o.setAllLater(() => {
      made += 1;
      return [{ id: 1, name: 'HTX Cũ', regCode: '123', type: 'HTX' }];
    });
    expect(o.isLoaded).toBe(true);
    expect(made).toBe(0);
    // A row's name seen first still wins over the list it arrives before.
    o.addSeen(1, 'HTX Đồng Tâm');
    expect(made).toBe(1);
    expect(o.name(1)).toBe('HTX Đồng Tâm');
    expect(o.resolve('123')).toBe(1);
    o.setAllLater(() => [{ id: 2, name: 'Tổ hợp tác Ánh Dương', regCode: '456', type: 'THT' }]);
    expect(o.resolve('123')).toBeUndefined();
    expect(o.resolve('to hop tac anh duong')).toBe(2);
    expect(o.search('anh duong', 10).map((e) => e.id)).toEqual([2]);
    expect(made).toBe(1);
  });
});
