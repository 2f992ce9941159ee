import { memoByText } from "../memo.js";
import { foldKey } from "../text.js";

const LEADER_WORDS = ["truong", "giam doc", "chu tich", "bi thu", "chanh", "tong bien tap", "chu nhiem"];
const HEAD_PREFIXES = [
  "truong",
  "giam doc",
  "chu tich",
  "bi thu",
  "chanh van phong",
  "chanh thanh tra",
  "hieu truong",
  "vien truong",
  "cuc truong",
  "vu truong",
  "chi cuc truong",
  "tong bien tap",
  "chu nhiem",
  "tong giam doc",
];

/**
 * Folds a position title. `trường` (a school) folds like `trưởng` (chief): written with its
 * diacritics it is dropped, so `Giáo viên Trường THCS` names no leader.
 */
function positionKey(position: string): string {
  return foldKey(position.normalize("NFC").replace(/trường/giu, " "));
}

/**
 * A position title that names a leader or manager (`lãnh đạo, quản lý`): trưởng, phó trưởng,
 * giám đốc, chủ tịch… Used only when the roster has no leader column.
 */
export const isLeaderPosition = memoByText((position: string): boolean => {
  const key = ` ${positionKey(position)} `;
  return LEADER_WORDS.some((w) => key.includes(` ${w} `));
});

/** A position title that names the head of a unit (not a deputy, `phó`). */
export const isHeadPosition = memoByText((position: string): boolean => {
  const key = positionKey(position);
  return !key.startsWith("pho ") && HEAD_PREFIXES.some((p) => key === p || key.startsWith(`${p} `));
});
