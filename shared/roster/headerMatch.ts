import { foldKey } from "../text.js";

/** A header vocabulary: for each key, the variants (folded) that name it. */
export interface Vocabulary<K extends string> {
  match(text: string): K | undefined;
}

interface Variant<K> {
  key: K;
  words: readonly string[];
}

const MAX_HEADER_LENGTH = 160;

/**
 * Builds a matcher: a header names a key when every word of one of the key's variants appears in
 * it; the variant with the most words wins, an exact match before a partial one, the earlier
 * variant on a tie. So `Tự xếp loại` is the self-rating, not the final level named by `xếp loại`.
 * The header search matches every cell of the first rows, names and dates included: variants are
 * looked up by their first word, so a cell whose words begin no variant is settled at once.
 */
export function vocabulary<K extends string>(
  entries: readonly { key: K; variants: readonly string[] }[],
): Vocabulary<K> {
  const variants: Variant<K>[] = entries.flatMap((e) =>
    e.variants.map((v) => ({ key: e.key, words: foldKey(v).split(" ") })),
  );
  /** Each word that begins a variant → the positions of those variants, in order. */
  const byFirstWord = new Map<string, number[]>();
  variants.forEach((v, i) => {
    const at = byFirstWord.get(v.words[0]!);
    if (at) at.push(i);
    else byFirstWord.set(v.words[0]!, [i]);
  });
  return {
    match(text) {
      if (text.length > MAX_HEADER_LENGTH) return undefined;
      const plain = new Set(foldKey(text).split(" "));
      // `Ngày/tháng/năm sinh`: words joined by a slash count one by one too (`cb/cc/vc` stays whole).
      const words = new Set([...plain].flatMap((w) => (w.includes("/") ? [w, ...w.split("/")] : [w])));
      const candidates: number[] = [];
      for (const w of words) {
        const at = byFirstWord.get(w);
        if (at) candidates.push(...at);
      }
      if (candidates.length === 0) return undefined;
      candidates.sort((a, b) => a - b);
      let best: K | undefined;
      let bestScore = 0;
      for (const i of candidates) {
        const v = variants[i]!;
        if (!v.words.every((w) => words.has(w))) continue;
        const score = v.words.length * 2 + (v.words.length === plain.size ? 1 : 0);
        if (score > bestScore) {
          best = v.key;
          bestScore = score;
        }
      }
      return best;
    },
  };
}
