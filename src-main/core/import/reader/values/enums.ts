/**
 * Enum, sector list and OCOP star cells → vocabulary codes, with an error that lists what is accepted
 * when the text names none of them (sector cells excepted: their vocabulary is open).
 */
import type { FieldSpec } from '../../../../contract/fields.ts';
import type { Sector } from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';
import type { Cell } from '../read/model.ts';
import { decodeTcvn3, decodeVni } from '../text/index.ts';
import { classifySectors } from './sector-lexicon.ts';
import {
  matchCertKind,
  matchModel,
  matchOcopGroup,
  matchOrgType,
  matchOwnerKind,
  matchPeriod,
  matchStars,
  matchStatus,
} from './vocab-match.ts';
import { matchActivityKind, matchFundingSource, matchSupportKind } from './bcd-vocab-match.ts';

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const MATCHERS: Readonly<Record<string, (text: string) => string | undefined>> = {
  type: matchOrgType,
  status: matchStatus,
  model: matchModel,
  period: matchPeriod,
  productGroup: matchOcopGroup,
  kind: matchCertKind,
  externalOwnerKind: matchOwnerKind,
  supportKind: matchSupportKind,
  fundingSource: matchFundingSource,
  activityKind: matchActivityKind,
};

function optionsList(field: FieldSpec): string {
  return (field.options ?? []).map((o) => o.label).join('; ');
}

function matchEnum(field: FieldSpec, t: string): string | undefined {
  // The code or the label itself, as the app writes them in its own exports.
  const folded = foldVietnamese(t);
  const direct = field.options?.find((o) => o.value === t || foldVietnamese(o.label) === folded);
  if (direct !== undefined) return direct.value;
  const matched = MATCHERS[field.key]?.(t);
  return matched !== undefined && (field.options?.some((o) => o.value === matched) ?? true) ? matched : undefined;
}

export function readEnum(field: FieldSpec, text: string): Read<string> {
  const t = text.trim();
  const value = matchEnum(field, t);
  if (value !== undefined) return { ok: true, value };
  // A legacy-font cell that also reads as Vietnamese ("Thu hoài GCN" is VNI for "Thu hồi GCN") is left as it is
  // when its column has too little text to tell; a closed list settles it: the decoding that names a value.
  for (const decode of [decodeVni, decodeTcvn3]) {
    const decoded = decode(t);
    const legacy = decoded === t ? undefined : matchEnum(field, decoded);
    if (legacy !== undefined) return { ok: true, value: legacy };
  }
  return { ok: false, error: `Không hiểu ${field.label.toLowerCase()} “${t}”; cần một trong: ${optionsList(field)}.` };
}

/**
 * A sector cell never fails for pieces outside the list: they come back in `unknown` (for the clerk to
 * check) and the value holds 'khac' for them. Only a cell with no word at all cannot be read.
 */
export function readSectors(
  text: string,
  learned?: ReadonlyMap<string, readonly Sector[]>,
): { ok: true; value: Sector[]; unknown: string[] } | { ok: false; error: string } {
  const { codes, unknown } = classifySectors(text, learned);
  if (codes.length === 0 && unknown.length === 0) return { ok: false, error: `Không đọc được lĩnh vực “${text}”.` };
  const value = unknown.length > 0 && !codes.includes('khac') ? [...codes, 'khac' as const] : codes;
  return { ok: true, value, unknown };
}

/** OCOP certifies products of 3, 4 or 5 stars; other counts are not OCOP products. */
export function readStars(cell: Cell, text: string): Read<number> {
  const stars = cell.type === 'n' && Number.isInteger(cell.value) ? (cell.value as number) : matchStars(text);
  if (stars === undefined) return { ok: false, error: `Không đọc được hạng sao “${text}”; ghi như “4 sao”, “4*” hoặc “4”.` };
  if (stars < 3 || stars > 5) return { ok: false, error: `Hạng sao OCOP phải từ 3 đến 5 sao (ô ghi “${text}”).` };
  return { ok: true, value: stars };
}
