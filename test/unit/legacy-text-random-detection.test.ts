// Property: detection on random Vietnamese text. Real Unicode is never altered; TCVN3 and VNI cells
// are recognised, alone when they are long enough to judge and always within a column; and when
// detection cannot tell, it leaves the text alone rather than convert it with the wrong table.
import { describe, expect, it } from 'vitest';
import { fixLegacyColumn } from '../../src-main/core/import/reader/text/column.ts';
import { fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';
import { encodeTcvn3 } from '../../src-main/core/import/reader/text/tcvn3.ts';
import { encodeVni } from '../../src-main/core/import/reader/text/vni.ts';
import { randomText, seededRandom, tcvn3RecoverableText } from '../helpers/legacy-text.ts';

const STYLES = ['lower', 'title', 'upper', 'mixed'] as const;
const ENCODERS = { tcvn3: encodeTcvn3, vni: encodeVni } as const;

describe('detection on random Vietnamese text', () => {
  it('never alters Unicode text, in any case and length', () => {
    const random = seededRandom(0xdec0de01);
    for (let i = 0; i < 4000; i++) {
      const text = randomText(random, 1, 6, STYLES[i % 4] ?? 'lower');
      expect(fixLegacyText(text).text, text).toBe(text);
      expect(fixLegacyText(text.normalize('NFD')).text, text).toBe(text);
      // A legacy hint cannot touch text with a letter beyond Latin-1. (Latin-1-only random syllables
      // such as "mét nóc" may be legacy bytes in a legacy column: see the "mét" unit test.)
      if (/[^\x00-\xff]/.test(text)) {
        expect(fixLegacyText(text, 'tcvn3').text, text).toBe(text);
        expect(fixLegacyText(text, { encoding: 'vni', allLegacy: true }).text, text).toBe(text);
      }
    }
  });

  it.each(['tcvn3', 'vni'] as const)('recognises single %s cells of three to six syllables', (encoding) => {
    const random = seededRandom(encoding === 'tcvn3' ? 0xdec0de02 : 0xdec0de03);
    const runs = 3000;
    let right = 0;
    let wrongTable = 0;
    for (let i = 0; i < runs; i++) {
      const style = STYLES[i % 4] ?? 'lower';
      const text = encoding === 'tcvn3' ? tcvn3RecoverableText(random, 3, 6, style) : randomText(random, 3, 6, style);
      const encoded = ENCODERS[encoding](text);
      const result = fixLegacyText(encoded);
      if (result.encoding === encoding && result.text === text) right++;
      else if (result.text !== encoded) wrongTable++;
    }
    // Random syllables are often not real words, so a few cells stay ambiguous; those are left as
    // they are, and almost never converted with the other table.
    expect(right / runs).toBeGreaterThanOrEqual(0.99);
    expect(wrongTable / runs).toBeLessThanOrEqual(0.002);
  });

  it.each(['tcvn3', 'vni'] as const)('recognises %s columns and restores their cells, short ones included', (encoding) => {
    const random = seededRandom(encoding === 'tcvn3' ? 0xdec0de04 : 0xdec0de05);
    let cells = 0;
    let restored = 0;
    for (let c = 0; c < 200; c++) {
      const style = STYLES[c % 4] ?? 'lower';
      const texts = Array.from({ length: 30 }, () =>
        encoding === 'tcvn3' ? tcvn3RecoverableText(random, 1, 4, style) : randomText(random, 1, 4, style),
      );
      const encoded = texts.map((t) => ENCODERS[encoding](t));
      const fixed = fixLegacyColumn(encoded);
      expect(fixed.column.legacy, `column ${c}`).toBe(encoding);
      fixed.cells.forEach((cell, i) => {
        cells++;
        if (cell.text === texts[i]) restored++;
        // A cell not restored is one whose bytes read as a common word as they are ("không" is the
        // TCVN3 bytes of the non-word "khụng", "Hùng" those of "Hựng"): it is kept, never converted
        // with the other table. Such a cell also makes the column look partly Unicode, so its other
        // ambiguous cells are kept too. Random syllables make these far commoner than real text does.
        else expect(cell.text, `${texts[i] ?? ''} in column ${c}`).toBe(encoded[i]);
      });
    }
    expect(restored / cells).toBeGreaterThanOrEqual(0.99);
  });
});
