/** What the command line's runs share: its JSON as the tests read it, and rosters used by several suites. */
import type { CliRun } from "../helpers/cli.js";
import { roster } from "../integration/fixtures.js";

/** stdout as the one JSON document it must be. */
export function json(r: CliRun): Record<string, unknown> {
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  sheet?: string;
  row?: number;
  column?: string;
  rows?: number[];
  person?: string;
  scope?: string;
  message: string;
  source?: string;
}

export const findings = (r: CliRun) => json(r).findings as JsonFinding[];
export const errorsOf = (r: CliRun) => findings(r).filter((f) => f.severity === "error");

/** A Party HTXSNV with exactly 2/3 of the votes (6 of 9), at row 7 (two-row header), cell F7. */
export const VOTES = roster(
  [
    "STT",
    "Họ và tên",
    "Đối tượng",
    "Kết quả xếp loại",
    { group: "Đảng viên", sub: ["Chi bộ", "Xếp loại", "Số phiếu tán thành", "Số đảng viên chính thức"] },
  ],
  [
    [1, "Nguyễn Văn An", "CC", "HTXSNV", "Chi bộ Văn phòng", "HTXSNV", 6, 9],
    ...["Bình", "Cường", "Dung", "Em", "Giang"].map((n, i) => [
      i + 2,
      `Trần Văn ${n}`,
      "CC",
      "HTTNV",
      "Chi bộ Văn phòng",
      "HTTNV",
      7,
      9,
    ]),
  ],
);
