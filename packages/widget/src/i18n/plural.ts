/**
 * The forms of a text that depends on a count, by CLDR plural category. `other` is required; a category a
 * language does not use, or one left out, falls back to `other`. `#` stands for the count, formatted for
 * the language (Arabic, for example, may use Arabic-Indic digits).
 */
export type PluralForms = { other: string } & {
  [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/**
 * Picks the form of a text for a count, through `Intl.PluralRules` (Arabic has six forms, Chinese one).
 *
 * @param locale - The catalog's language, whose plural rules apply.
 * @example
 * ```ts
 * plural('en', 3, { one: '# result', other: '# results' }); // '3 results'
 * ```
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let category: Intl.LDMLPluralRule = 'other';
  let shown = String(count);
  try {
    category = new Intl.PluralRules(locale).select(count);
    shown = new Intl.NumberFormat(locale).format(count);
  } catch {
    // No usable Intl for this locale: `other` with plain digits still reads.
  }
  return (forms[category] ?? forms.other).replace(/#/g, shown);
}
