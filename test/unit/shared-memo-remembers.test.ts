import { describe, expect, it } from 'vitest';
import { perObject, remembered } from '../../src-main/shared/memo.ts';

describe('remembered results', () => {
  it('computes each argument once, and forgets everything once past its bound', () => {
    const calls: string[] = [];
    const upper = remembered(2, (s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // the third argument: the two known ones are forgotten
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps a result per object, not per equal content', () => {
    let made = 0;
    const size = perObject((list: readonly number[]) => (made++, list.length));
    const list = [1, 2, 3];
    expect([size(list), size(list), size([1, 2, 3])]).toEqual([3, 3, 3]);
    expect(made).toBe(2);
  });
});
