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

/** `foldText`, then punctuation other than `%` and `/` turned into spaces: for headers and labels. */
export function foldKey(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9%/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
