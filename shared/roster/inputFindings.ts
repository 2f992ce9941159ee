import type { CellValue, FormulaWithoutValue } from "../cells.js";
import type { RawFinding, RuleId } from "../findings.js";
import type { Localized } from "../i18n.js";
import { FIELD_LABELS } from "./fieldLabels.js";
import type { FieldKey } from "./fields.js";

export interface CellRef {
  sheet: string;
  row: number;
  column: string;
  field: FieldKey;
  person?: string;
}

/** A cell's value as quoted in a message: short, on one line. */
export function quote(value: CellValue): string {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? "Invalid Date"
        : value.toISOString().slice(0, 10)
      : String(value).trimStart().slice(0, 200).replace(/\s+/g, " ").trim();
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function cellFinding(ruleId: RuleId, at: CellRef, message: Localized): RawFinding {
  return {
    ruleId,
    severity: "error",
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    person: at.person,
    message,
  };
}

export function levelUnrecognized(at: CellRef, value: CellValue): RawFinding {
  const label = FIELD_LABELS[at.field];
  return cellFinding("input.level-unrecognized", at, {
    vi: `Cột "${label.vi}": "${quote(value)}" không phải mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV hoặc Không xếp loại).`,
    en: `Column "${label.en}": "${quote(value)}" is not a level (Excellent, Good, Complete, Not complete or not rated).`,
  });
}

export function numberInvalid(at: CellRef, value: CellValue, range?: { vi: string; en: string }): RawFinding {
  const label = FIELD_LABELS[at.field];
  return cellFinding(
    "input.number-invalid",
    at,
    range
      ? {
          vi: `Cột "${label.vi}": ${quote(value)} nằm ngoài khoảng cho phép (${range.vi}).`,
          en: `Column "${label.en}": ${quote(value)} is out of range (${range.en}).`,
        }
      : {
          vi: `Cột "${label.vi}": "${quote(value)}" không phải là số (ví dụ hợp lệ: 85; 85,5; 85%).`,
          en: `Column "${label.en}": "${quote(value)}" is not a number (valid examples: 85; 85.5; 85%).`,
        },
  );
}

export function dateInvalid(at: CellRef, value: CellValue): RawFinding {
  const label = FIELD_LABELS[at.field];
  return cellFinding("input.date-invalid", at, {
    vi: `Cột "${label.vi}": "${quote(value)}" không phải là ngày (nhập ngày Excel hoặc dd/mm/yyyy).`,
    en: `Column "${label.en}": "${quote(value)}" is not a date (use an Excel date or dd/mm/yyyy).`,
  });
}

export function staffTypeUnrecognized(at: CellRef, value: CellValue): RawFinding {
  const label = FIELD_LABELS[at.field];
  return cellFinding("input.staff-type-unrecognized", at, {
    vi: `Cột "${label.vi}": "${quote(value)}" không phải là cán bộ, công chức, viên chức hay người lao động (CB/CC/VC/NLĐ).`,
    en: `Column "${label.en}": "${quote(value)}" is not a cadre, civil servant, public employee or contract worker (CB/CC/VC/NLĐ).`,
  });
}

/** RULES.md `input.formula-no-value`: the cell's formula has no saved result, so nothing can be read. */
export function formulaNoValue(at: CellRef, cell: FormulaWithoutValue): RawFinding {
  const label = FIELD_LABELS[at.field];
  const formula = cell.formula ? ` (=${quote(cell.formula)})` : "";
  return cellFinding("input.formula-no-value", at, {
    vi: `Cột "${label.vi}": ô có công thức${formula} nhưng tệp không lưu kết quả (tệp được tạo bằng chương trình không tự tính công thức), nên không đọc được. Hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại.`,
    en: `Column "${label.en}": the cell holds a formula${formula} whose result was never saved (the file was written by a program that does not calculate), so it cannot be read. Open the file in Excel, save it and check again.`,
  });
}

/** RULES.md `input.level-missing`: a named row without a level in any staff level column. */
export function levelMissing(at: {
  sheet: string;
  row: number;
  column?: string;
  person: string;
}): RawFinding {
  return {
    ruleId: "input.level-missing",
    severity: "warning",
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    person: at.person,
    message: {
      vi: `“${at.person}” chưa có mức xếp loại: các ô xếp loại của dòng ${at.row} đều trống. Người này được tính là chưa xếp loại.`,
      en: `“${at.person}” has no level: every level cell of row ${at.row} is empty. The person is counted as not yet rated.`,
    },
  };
}
