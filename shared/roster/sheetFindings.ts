import type { RawFinding } from "../findings.js";
import { HEADER_SEARCH_ROWS } from "./header.js";

export function headerNotFound(sheet: string): RawFinding {
  return {
    ruleId: "input.header-not-found",
    severity: "error",
    sheet,
    message: {
      vi: `Trang "${sheet}": không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu (cần cột "Họ và tên" và ít nhất một cột xếp loại).`,
      en: `Sheet "${sheet}": no header in the first ${HEADER_SEARCH_ROWS} rows (a "Full name" column and at least one level column are needed).`,
    },
  };
}

/** The name column or every level column is missing from a header that was otherwise found. */
export function columnMissing(sheet: string, row: number, nameMissing: boolean): RawFinding {
  return {
    ruleId: "input.column-missing",
    severity: "error",
    sheet,
    row,
    message: nameMissing
      ? {
          vi: `Trang "${sheet}": dòng tiêu đề không có cột "Họ và tên".`,
          en: `Sheet "${sheet}": the header has no "Full name" column.`,
        }
      : {
          vi: `Trang "${sheet}": dòng tiêu đề không có cột xếp loại nào (Tự xếp loại, Tập thể đề xuất, Kết quả xếp loại hoặc Xếp loại đảng viên).`,
          en: `Sheet "${sheet}": the header has no level column (self-rating, proposed, final or Party level).`,
        },
  };
}

/** A sheet without a roster header in a workbook whose roster is on another sheet: skipped, said. */
export function notARoster(sheet: string): RawFinding {
  return {
    ruleId: "input.header-not-found",
    severity: "info",
    sheet,
    message: {
      vi: `Trang "${sheet}" không phải danh sách xếp loại (không có dòng tiêu đề với cột "Họ và tên" và cột xếp loại): bỏ qua.`,
      en: `Sheet "${sheet}" is not a rating roster (no header with a "Full name" and a level column): skipped.`,
    },
  };
}
