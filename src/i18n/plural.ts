// Languages: choosing a count's plural form the way the language does —
// English has two (1 article, 2 articles), Korean one, Arabic six — with the
// platform's Intl.PluralRules, so no table has to encode the rules itself.

/** A text per plural category; `other` is required, as every language has it. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` the language `locale` uses for `n`, `other` when the table has none for its category. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let select = rules.get(locale);
  if (select === undefined) {
    select = new Intl.PluralRules(locale);
    rules.set(locale, select);
  }
  return forms[select.select(n)] ?? forms.other;
}
