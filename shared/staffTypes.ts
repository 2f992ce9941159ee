import { memoByText } from "./memo.js";
import { foldKey } from "./text.js";
import type { Localized } from "./i18n.js";

/** Cán bộ, công chức, viên chức, người lao động (RULES.md §3). */
export const STAFF_TYPES = ["CB", "CC", "VC", "NLD"] as const;
export type StaffType = (typeof STAFF_TYPES)[number];

export const STAFF_TYPE_NAMES: Record<StaffType, Localized> = {
  CB: { vi: "Cán bộ", en: "Cadres" },
  CC: { vi: "Công chức", en: "Civil servants" },
  VC: { vi: "Viên chức", en: "Public employees" },
  NLD: { vi: "Người lao động", en: "Contract workers" },
};

const ALIASES: Record<StaffType, readonly string[]> = {
  CB: ["CB", "cán bộ"],
  CC: ["CC", "công chức", "CCHC", "công chức hành chính"],
  VC: ["VC", "viên chức"],
  NLD: [
    "NLĐ",
    "NLD",
    "người lao động",
    "lao động hợp đồng",
    "HĐLĐ",
    "hợp đồng lao động",
    "hợp đồng",
    "HĐ68",
    "HĐ 68",
    "HĐ111",
    "HĐ 111",
    "NĐ68",
    "NĐ111",
  ],
};

const BY_ALIAS = new Map<string, StaffType>(
  STAFF_TYPES.flatMap((type) => ALIASES[type].map((alias) => [foldKey(alias), type] as const)),
);

export const parseStaffType = memoByText((text: string): StaffType | undefined => {
  // Staff types are short words: a long cell is not one, and is not folded.
  if (text.length > 200) return undefined;
  const key = foldKey(text);
  return BY_ALIAS.get(key) ?? BY_ALIAS.get(key.replace(/ /g, ""));
});

/** State staff are those ND90/ND48/ND335 govern; contract workers are listed and counted only. */
export function isStateStaff(type: StaffType | undefined): boolean {
  return type !== "NLD";
}
