import type { CellValue } from '../../contract/index.ts';
import { foldVietnamese } from '../../shared/index.ts';

const TYPE_BY_PREFIX: [RegExp, string][] = [
  [/^(lien hiep htx|lien hiep hop tac xa|lhhtx)\b/, 'LHHTX'],
  [/^(quy tin dung nhan dan|quy tdnd|qtdnd)\b/, 'QTDND'],
  [/^(to hop tac|tht)\b/, 'THT'],
  [/^(hop tac xa|htx)\b/, 'HTX'],
];

/**
 * The type of an organization whose row gives none, read from how its name begins ("HTX …",
 * "Quỹ TDND …"). Returns null when the name does not say, so the row is reported, never guessed.
 */
export function typeFromName(name: CellValue): string | null {
  if (typeof name !== 'string') return null;
  const f = foldVietnamese(name);
  return TYPE_BY_PREFIX.find(([re]) => re.test(f))?.[1] ?? null;
}
