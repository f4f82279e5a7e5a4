// Percentiles and the plain-text tables of `npm run bench:server`.

/** The nearest-rank percentile of an ascending list; NaN for an empty one. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** n, p50, p95, p99 and max of a list of numbers (any order). */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** `12.34 ms`, or `-` when there is no value. */
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : '-');

/** `1,234` */
export const count = (value) => value.toLocaleString('en');

/** `12.3 MB` (10^6 bytes). */
export const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Prints one table. A row is either a distribution `{ name, n, p50, p95, p99, max }` (milliseconds) or a
 * line of text `{ name, note }` that spans the number columns.
 */
export function printTable(rows) {
  const header = ['measure', 'n', 'p50', 'p95', 'p99', 'max'];
  const lines = rows.map((row) =>
    row.note === undefined
      ? [row.name, count(row.n), ms(row.p50), ms(row.p95), ms(row.p99), ms(row.max)]
      : [row.name, row.note],
  );
  const widths = header.map((title, column) =>
    Math.max(
      title.length,
      ...lines
        .filter((line) => column === 0 || line.length === header.length)
        .map((line) => line[column].length),
    ),
  );
  const format = (line) =>
    line.length === header.length
      ? line
          .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column])))
          .join('  ')
      : `${line[0].padEnd(widths[0])}  ${line[1]}`;
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}
