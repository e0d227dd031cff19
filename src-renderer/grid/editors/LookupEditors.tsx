import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { CellValue } from '../../../src-main/contract/fields.ts';
import type { GridRow } from '../types.ts';
import type { EditorParams } from './params.ts';
import { PickerList, type PickItem } from './PickerList.tsx';

const LIMIT = 50;
const BLANK_KEY = '\u0000blank';

/** The search starts with the key that opened the editor and any typed right after it. */
function useStartQuery(props: CustomCellEditorProps<GridRow, CellValue> & EditorParams): [string, (q: string) => void] {
  const { eventKey, takeTypedAhead } = props;
  return useState(() => (eventKey && eventKey.length === 1 ? eventKey + takeTypedAhead(props) : ''));
}

/**
 * Commune picker: the office province's 2025 communes, filtered as the clerk types; the core is asked
 * as well, so an old commune name ("xã Hòa Bình, huyện …") finds the commune it became.
 */
export function CommuneEditor(props: CustomCellEditorProps<GridRow, CellValue> & EditorParams) {
  const { field, services, onValueChange, stopEditing } = props;
  const [query, setQuery] = useStartQuery(props);
  const [ready, setReady] = useState(false);
  const [remote, setRemote] = useState<PickItem<string | null>[]>([]);

  useEffect(() => {
    void services.communesReady().then(() => setReady(true));
  }, [services]);

  const local = useMemo(() => {
    if (!ready) return [];
    const found = services.communes.search(query, LIMIT);
    // Communes of the same name are told apart by their code (and, for former names, by the old address).
    const names = new Map<string, number>();
    for (const c of found) names.set(c.name, (names.get(c.name) ?? 0) + 1);
    return found.map((c): PickItem<string | null> => ({
      key: c.code,
      value: c.code,
      label: c.name,
      hint: (names.get(c.name) ?? 0) > 1 ? `trùng tên · mã ${c.code}` : `mã ${c.code}`,
    }));
  }, [ready, query, services]);

  useEffect(() => {
    if (query.trim().length < 2) {
      setRemote([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void services.searchCommunes(query, 30).then((found) => {
        if (!live) return;
        setRemote(
          found
            .filter((f) => f.matchedBy === 'former-name')
            .map((f) => ({ key: `old:${f.code}:${f.label}`, value: f.code, label: f.name, hint: f.label })),
        );
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, services]);

  const items = useMemo(() => {
    const blank: PickItem<string | null>[] = field.spec.required ? [] : [{ key: BLANK_KEY, value: null, label: '(để trống)' }];
    return [...(query ? [] : blank), ...local, ...remote];
  }, [local, remote, query, field.spec.required]);

  const onPick = useCallback(
    (item: PickItem<string | null>) => {
      onValueChange(item.value);
      stopEditing();
    },
    [onValueChange, stopEditing],
  );

  return (
    <PickerList
      label={field.spec.label}
      query={query}
      onQuery={setQuery}
      items={items}
      onPick={onPick}
      onDone={() => stopEditing()}
      empty={ready ? 'Không tìm thấy xã/phường.' : 'Đang tải danh mục xã/phường…'}
    />
  );
}

/** Organization picker for figures, OCOP products and certifications: by name or registration code. */
export function OrgEditor(props: CustomCellEditorProps<GridRow, CellValue> & EditorParams) {
  const { field, services, onValueChange, stopEditing } = props;
  const [query, setQuery] = useStartQuery(props);
  const [ready, setReady] = useState(services.orgs.isLoaded);

  useEffect(() => {
    if (!ready) void services.orgsReady().then(() => setReady(true));
  }, [ready, services]);

  const items = useMemo(() => {
    if (!ready) return [];
    const found: PickItem<number | null>[] = services.orgs
      .search(query, LIMIT)
      .map((o) => ({ key: String(o.id), value: o.id, label: o.name, hint: [o.type, o.regCode].filter(Boolean).join(' · ') }));
    if (!field.spec.required && !query) found.unshift({ key: BLANK_KEY, value: null, label: '(để trống)' });
    return found;
  }, [ready, query, services, field.spec.required]);

  const onPick = useCallback(
    (item: PickItem<number | null>) => {
      onValueChange(item.value);
      stopEditing();
    },
    [onValueChange, stopEditing],
  );

  return (
    <PickerList
      label={field.spec.label}
      query={query}
      onQuery={setQuery}
      items={items}
      onPick={onPick}
      onDone={() => stopEditing()}
      empty={ready ? 'Không tìm thấy tổ chức.' : 'Đang tải danh sách tổ chức…'}
    />
  );
}
