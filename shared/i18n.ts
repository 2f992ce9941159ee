export type Lang = "vi" | "en";

/** A user-facing text in both languages; Vietnamese is the default. */
export interface Localized {
  vi: string;
  en: string;
}

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

export function both(vi: string, en: string): Localized {
  return { vi, en };
}

/** Vietnamese number style: decimal comma, at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  const s = Number.isInteger(value) ? String(value) : value.toFixed(digits).replace(/\.?0+$/, "");
  return lang === "vi" ? s.replace(".", ",") : s;
}
