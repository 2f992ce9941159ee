/**
 * Remembers a pure function of a short string. Rosters repeat the same labels on every row (levels,
 * staff types, positions, units), so each is worked out once; the memory is bounded and starts over
 * when full, and long strings are not kept.
 */
export function memoByText<T>(fn: (text: string) => T, size = 4096, longest = 80): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => remembered(memory, text, fn, size, longest);
}

/** `fn(text)`, looked up in `memory` first and kept there: `memoByText` on a map the caller holds. */
export function remembered<T>(
  memory: Map<string, T>,
  text: string,
  fn: (text: string) => T,
  size: number,
  longest: number,
): T {
  const known = memory.get(text);
  if (known !== undefined || memory.has(text)) return known as T;
  const value = fn(text);
  if (text.length <= longest) {
    if (memory.size >= size) memory.clear();
    memory.set(text, value);
  }
  return value;
}
