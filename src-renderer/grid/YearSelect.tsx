/** The last sixteen years, newest first: the years a clerk enters or reviews figures for. */
function yearChoices(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 16 }, (_, i) => now - i);
}

/** The year chooser in a grid's toolbar (figures of the organizations grid, the figures grid). */
export function YearSelect({
  label,
  ariaLabel,
  value,
  onChange,
}: {
  label: string;
  ariaLabel: string;
  value: number;
  onChange(year: number): void;
}) {
  return (
    <label className="kttt-inline">
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} aria-label={ariaLabel}>
        {yearChoices().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
