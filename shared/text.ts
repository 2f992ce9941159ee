/**
 * Folds Vietnamese text for matching: Unicode NFD with combining marks removed, `đ` → `d`,
 * lower case, every run of white space (line breaks included) as one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Rosters repeat the same few labels (levels, staff types, positions, units) on every row, and
 * Unicode normalisation is the engine's costliest step: remember recent keys.
 */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 4096;

/** `foldText`, then punctuation other than `%` and `/` turned into spaces: for headers and labels. */
export function foldKey(text: string): string {
  const cached = KEY_CACHE.get(text);
  if (cached !== undefined) return cached;
  const key = foldText(text)
    .replace(/[^a-z0-9%/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= 80) {
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    KEY_CACHE.set(text, key);
  }
  return key;
}
