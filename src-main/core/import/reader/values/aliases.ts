/**
 * The clerk's readings of free texts the code lists did not know ("nuôi ốc" → nông nghiệp), given once in
 * "Cần xem lại" and applied to every later import. Plain data, so it crosses into the reading worker.
 */
import { foldVietnamese } from '../../../../shared/index.ts';

/** Field key → text key → the code, or codes, chosen for that text. */
export type VocabularyAliases = Record<string, Record<string, string | string[]>>;

/** The key a text is known by: accents, case, spacing and punctuation do not matter. */
export function aliasKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function aliasOf(aliases: VocabularyAliases | undefined, field: string, text: string): string | string[] | undefined {
  const byText = aliases?.[field];
  return byText === undefined ? undefined : byText[aliasKey(text)];
}
