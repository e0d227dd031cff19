/**
 * What the grids need from the core besides their rows: the commune list and search (also by former
 * names), and the organization directory for pickers. One shared instance per window: the commune list
 * and the organization list are loaded once and refreshed when the registry changes.
 */
import type { CommuneMatchDto } from '../../src-main/contract/index.ts';
import { client } from '../api/client.ts';
import { CommuneBook, OrgBook } from './books.ts';

export interface GridServices {
  readonly communes: CommuneBook;
  readonly orgs: OrgBook;
  /** Resolves once the office province's communes are in the book. */
  communesReady(): Promise<void>;
  /** Loads the organization directory if it is not loaded or out of date (pickers and pasting names need it). */
  orgsReady(): Promise<void>;
  /** The organizations page filled the directory with a fresh list. */
  orgsLoaded(): void;
  searchCommunes(query: string, limit?: number): Promise<CommuneMatchDto[]>;
}

let shared: GridServices | null = null;

function create(): GridServices {
  const communes = new CommuneBook();
  const orgs = new OrgBook();
  let communeLoad: Promise<void> | null = null;
  let orgLoad: Promise<void> | null = null;
  let orgsStale = false;

  const loadOrgs = async () => {
    const r = await client.call('registry.organizationNames', {});
    if (r.ok) orgs.setAll(r.value.map(({ id, name, regCode, type }) => ({ id, name, regCode, type })));
  };

  client.onEvent('data.changed', (p) => {
    // Names and codes change with the registry: the directory is read again the next time a picker needs
    // it, not after every edit (it is the whole list of organizations).
    if (p.area === 'registry' || p.area === 'imports' || p.area === 'database') orgsStale = true;
    if (p.area === 'settings') communeLoad = null;
  });

  return {
    communes,
    orgs,
    communesReady() {
      communeLoad ??= client.call('adminUnits.communes', {}).then((r) => {
        if (r.ok) communes.addList(r.value.map((c) => ({ code: c.code, name: c.name })));
      });
      return communeLoad;
    },
    orgsReady() {
      if (!orgLoad || orgsStale) {
        orgsStale = false;
        orgLoad = loadOrgs();
      }
      return orgLoad;
    },
    orgsLoaded() {
      orgsStale = false;
      orgLoad ??= Promise.resolve();
    },
    async searchCommunes(query, limit = 30) {
      const r = await client.call('adminUnits.search', { query, limit });
      if (!r.ok) return [];
      for (const c of r.value) communes.addList([{ code: c.code, name: c.name }]);
      return r.value;
    },
  };
}

export function gridServices(): GridServices {
  shared ??= create();
  return shared;
}

/**
 * A commune named in pasted text that the local list does not know: asks the core, which also knows the
 * names communes had before 2025. Taken only when the answer is clear.
 */
export async function lookupCommune(
  services: GridServices,
  text: string,
): Promise<{ ok: true; code: string } | { ok: false; reason: string }> {
  const found = await services.searchCommunes(text, 5);
  const q = `“${text}”`;
  if (found.length === 0) return { ok: false, reason: `Không tìm thấy xã/phường ${q} (kể cả tên cũ trước năm 2025).` };
  const first = found[0];
  const distinct = new Set(found.map((f) => f.code));
  if (first && (distinct.size === 1 || found.length === 1)) return { ok: true, code: first.code };
  return {
    ok: false,
    reason: `${q} khớp với nhiều xã/phường (${found
      .slice(0, 3)
      .map((f) => f.label)
      .join('; ')}); hãy chọn trong danh sách.`,
  };
}
