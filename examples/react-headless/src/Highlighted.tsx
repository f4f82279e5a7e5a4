import type { Highlight } from '@parley/core';

/** `text` with the `highlights` of a search hit (UTF-16 ranges) marked. */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const pieces = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
