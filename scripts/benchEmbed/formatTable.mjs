// Figures and the plain-text table of `npm run bench:embed`.
import { percentile } from '../bench/stats.mjs';

/** The median (nearest rank) of a list of numbers, ignoring missing values; NaN when there are none. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return percentile(sorted, 50);
}

/** `123.4 ms`, or `-`. */
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '-');

/** `12.3 kB` (10^3 bytes, as size-limit counts), or `-`. */
export const kilobytes = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '-');

/** `2.15x`, or `-` when either side is missing or the baseline is zero. */
export const ratio = (value, baseline) =>
  Number.isFinite(value) && Number.isFinite(baseline) && baseline !== 0
    ? `${(value / baseline).toFixed(2)}x`
    : '-';

/** The median with the range of the runs: `135.8 ms (84.0-198.0)`. */
export function msWithRange(values) {
  const present = values.filter((value) => Number.isFinite(value));
  if (present.length === 0) return '-';
  return `${ms(median(present))} (${Math.min(...present).toFixed(1)}-${Math.max(...present).toFixed(1)})`;
}

/** Prints rows of cells: the first column left-aligned, the others right-aligned. */
export function printTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const format = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(format(row));
}
