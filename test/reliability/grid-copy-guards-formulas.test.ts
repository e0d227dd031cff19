import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormulaText, unguardFormulaText } from '../../src-renderer/grid/clipboard.ts';
import { guardText } from '../../src-main/core/reports/index.ts';

describe('copying text cells from a grid', () => {
  it('neutralizes formula-looking text as the XLSX export does', () => {
    for (const text of ['=HYPERLINK("http://x","bấm")', '+84 912 345 678', '-Tổ hợp tác', '@SUM(A1)']) {
      expect(guardFormulaText(text)).toBe(`'${text}`);
      expect(guardFormulaText(text)).toBe(guardText(text));
    }
    expect(guardFormulaText('Hợp tác xã A')).toBe('Hợp tác xã A');
  });

  it('pasting a guarded copy back into a grid gives the text that was copied', () => {
    fc.assert(fc.property(fc.string(), (text) => unguardFormulaText(guardFormulaText(text)) === text));
  });
});
