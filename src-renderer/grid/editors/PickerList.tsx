import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type RefObject,
  type SetStateAction,
} from 'react';

export interface PickItem<V> {
  key: string;
  value: V;
  label: string;
  /** Second line: a former name, a registration code. */
  hint?: string;
}

interface Props<V> {
  label: string;
  query: string;
  onQuery(q: string): void;
  items: readonly PickItem<V>[];
  /** Enum: pick and close. Multi: toggle (Space or click), Enter closes. */
  onPick(item: PickItem<V>): void;
  onDone(): void;
  isChecked?: (item: PickItem<V>) => boolean;
  empty: string;
  footer?: ReactNode;
}

/**
 * The searchable list inside the dropdown editors: type to filter (diacritics ignored by the caller's
 * matching), arrows to move, Enter to choose, Esc (handled by the grid) to cancel. Keys are caught on the
 * input itself so they act before AG Grid's popup handler sees them.
 */
export function PickerList<V>({ label, query, onQuery, items, onPick, onDone, isChecked, empty, footer }: Props<V>) {
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();
  const multi = isChecked !== undefined;

  // Focus as soon as the list exists (not after paint): keys typed right after the first one must land here.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  useEffect(() => {
    setActive(0);
  }, [query]);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${String(active)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  usePickerKeys(input, { items, active, setActive, multi, onPick, onDone, query });

  return (
    <div className="kttt-picker" role="dialog" aria-label={label}>
      <input
        ref={input}
        className="kttt-picker-search"
        placeholder="Gõ để tìm…"
        aria-label={`Tìm ${label.toLowerCase()}`}
        aria-controls={id}
        aria-activedescendant={items[active] ? `${id}-${String(active)}` : undefined}
        value={query}
        spellCheck={false}
        onChange={(e) => onQuery(e.target.value)}
      />
      <ul ref={list} id={id} role="listbox" aria-multiselectable={multi || undefined} className="kttt-picker-list">
        {items.length === 0 && <li className="kttt-picker-empty">{empty}</li>}
        {items.map((item, i) => (
          <li
            key={item.key}
            id={`${id}-${String(i)}`}
            data-index={i}
            role="option"
            aria-selected={multi ? isChecked(item) : i === active}
            className={i === active ? 'active' : undefined}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => {
              // Keep the focus in the search box so the editor does not close on blur.
              e.preventDefault();
              onPick(item);
            }}
          >
            {multi && <input type="checkbox" readOnly tabIndex={-1} checked={isChecked(item)} />}
            <span className="kttt-picker-label">{item.label}</span>
            {item.hint && <span className="kttt-picker-hint">{item.hint}</span>}
          </li>
        ))}
      </ul>
      {footer}
    </div>
  );
}

interface KeyState<V> {
  items: readonly PickItem<V>[];
  active: number;
  setActive: Dispatch<SetStateAction<number>>;
  multi: boolean;
  onPick(item: PickItem<V>): void;
  onDone(): void;
  query: string;
}

/**
 * Arrows, Enter, Tab and Space on the search box. Listening from the moment of focus, with this render's items
 * (a layout effect, not after paint): an Enter typed right after the letters takes what they found instead of
 * falling through to the grid, which would close the list unpicked.
 */
function usePickerKeys<V>(
  input: RefObject<HTMLInputElement | null>,
  { items, active, setActive, multi, onPick, onDone, query }: KeyState<V>,
) {
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        setActive((a) => Math.max(0, Math.min(items.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        const item = items[active];
        // A list of options: Enter takes the highlighted one. A multi list: Enter closes with the ticks.
        if (!multi && item) onPick(item);
        else onDone();
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (multi && e.key === ' ' && query === '') {
        const item = items[active];
        if (item) onPick(item);
        e.preventDefault();
        e.stopPropagation();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [input, items, active, setActive, multi, onPick, onDone, query]);
}
