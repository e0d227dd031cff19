import { useCallback, useMemo, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { CellValue } from '../../../src-main/contract/fields.ts';
import { buildSearchKey, compileSearch } from '../../../src-main/shared/text-fold.ts';
import type { GridRow } from '../types.ts';
import type { EditorParams } from './params.ts';
import { PickerList, type PickItem } from './PickerList.tsx';

const BLANK = '\u0000blank';

/**
 * Dropdown of a closed list (loại hình, tình trạng, mô hình, nhóm sản phẩm…), searchable without
 * diacritics; for several-valued fields (lĩnh vực) a list of ticks. Typing a letter to start editing
 * starts the search with it.
 */
export function ChoiceEditor(props: CustomCellEditorProps<GridRow, CellValue> & EditorParams) {
  const { field, eventKey, initialValue, onValueChange, stopEditing, takeTypedAhead } = props;
  const spec = field.spec;
  const multi = spec.kind === 'multiEnum';
  const [query, setQuery] = useState(() => (eventKey && eventKey.length === 1 ? eventKey + takeTypedAhead(props) : ''));
  const [ticked, setTicked] = useState<string[]>(() => (Array.isArray(initialValue) ? [...initialValue] : []));

  const all = useMemo(() => {
    const items: PickItem<string>[] = (spec.options ?? []).map((o) => ({ key: o.value, value: o.value, label: o.label }));
    if (!spec.required && !multi) items.unshift({ key: BLANK, value: BLANK, label: '(để trống)' });
    return items.map((item) => ({ item, key: buildSearchKey(`${item.label} ${item.value === BLANK ? 'de trong' : item.value}`) }));
  }, [spec, multi]);
  const items = useMemo(() => {
    const test = compileSearch(query);
    return all.filter((a) => test(a.key)).map((a) => a.item);
  }, [all, query]);

  const onPick = useCallback(
    (item: PickItem<string>) => {
      if (!multi) {
        onValueChange(item.value === BLANK ? null : item.value);
        stopEditing();
        return;
      }
      const next = ticked.includes(item.value) ? ticked.filter((v) => v !== item.value) : [...ticked, item.value];
      // Keep the order of the list, not the order of clicking, so equal sets look equal.
      const ordered = (spec.options ?? []).map((o) => o.value).filter((v) => next.includes(v));
      setTicked(ordered);
      onValueChange(ordered);
    },
    [multi, onValueChange, stopEditing, spec, ticked],
  );
  const onDone = useCallback(() => stopEditing(), [stopEditing]);

  return (
    <PickerList
      label={spec.label}
      query={query}
      onQuery={setQuery}
      items={items}
      onPick={onPick}
      onDone={onDone}
      isChecked={multi ? (item) => ticked.includes(item.value) : undefined}
      empty="Không có lựa chọn phù hợp."
      footer={
        multi ? (
          <div className="kttt-picker-footer">
            <span className="muted">Dấu cách: chọn/bỏ · Enter: xong</span>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onDone}>
              Xong
            </button>
          </div>
        ) : undefined
      }
    />
  );
}
