/** The year a tab shows; years are written without thousands separators. */
export function YearInput({ value, onChange, label = 'Năm' }: { value: number; onChange: (y: number) => void; label?: string }) {
  return (
    <label className="kttt-inline">
      {label}
      <input
        type="number"
        aria-label={label}
        min={1945}
        max={2100}
        value={value}
        onChange={(e) => {
          const y = Number(e.target.value);
          if (Number.isInteger(y) && y >= 1945 && y <= 2100) onChange(y);
        }}
      />
    </label>
  );
}
