interface Parsed {
  tag: string;
  language: string;
  script: string | undefined;
}

function parse(tag: string): Parsed | undefined {
  try {
    // maximize() fills in the likely script, which is what tells zh-TW (Traditional) from zh-CN (Simplified).
    const locale = new Intl.Locale(tag).maximize();
    return { tag, language: locale.language, script: locale.script };
  } catch {
    return undefined;
  }
}

/**
 * Picks which of a widget's locales to answer in.
 *
 * Order: an exact match (case-insensitive); then the first available locale with the same language and
 * script, so `zh-CN` gets `zh-Hans`, `zh-TW` and `zh-HK` get `zh-Hant`, `en-GB` gets `en`; otherwise the
 * fallback. A missing or malformed request gets the fallback too: a locale is a preference, not an order.
 *
 * @param requested - The `locale` query parameter, if any.
 * @param available - The locales the widget has texts for.
 * @param fallback - The widget's default locale.
 * @returns One of `available`, or `fallback`.
 * @example
 * ```ts
 * negotiateLocale('zh-TW', ['en', 'zh-Hans', 'zh-Hant'], 'en'); // 'zh-Hant'
 * ```
 * @internal
 */
export function negotiateLocale(
  requested: string | undefined,
  available: readonly string[],
  fallback: string,
): string {
  if (requested === undefined || requested === '') return fallback;
  const wanted = requested.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const request = parse(requested);
  if (request === undefined) return fallback;
  const match = available
    .map(parse)
    .find((candidate) => candidate?.language === request.language && candidate.script === request.script);
  return match?.tag ?? fallback;
}
