/** Longest description of a value in a failure report. */
const MAX_LENGTH = 600;

/**
 * A short readable form of a value for a failure report: JSON, with errors as `name code: message`, cut
 * to a few hundred characters.
 * @internal
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, item: unknown) => {
        if (!(item instanceof Error)) return item;
        const code = (item as { code?: unknown }).code;
        return `${item.name}${typeof code === 'string' ? ` ${code}` : ''}: ${item.message}`;
      }) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
