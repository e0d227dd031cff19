import { yearsWithFigures } from '../lib/working-year.ts';

/** The last sixteen years and every older year that has figures, newest first, written without separators. */
function yearChoices(value: number): number[] {
  const now = new Date().getFullYear();
  const recent = Array.from({ length: 16 }, (_, i) => now - i);
  return [...new Set([...recent, ...yearsWithFigures(), value])].sort((a, b) => b - a);
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
  const withFigures = new Set(yearsWithFigures());
  return (
    <label className="kttt-inline">
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} aria-label={ariaLabel}>
        {yearChoices(value).map((y) => (
          <option key={y} value={y}>
            {withFigures.size > 0 && !withFigures.has(y) ? `${String(y)} (chưa có số liệu)` : String(y)}
          </option>
        ))}
      </select>
    </label>
  );
}
