import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnLetter, isBlank, type CellValue } from "../../shared/cells.js";
import type { RawFinding } from "../../shared/findings.js";
import type { FieldKey } from "../../shared/roster/fields.js";
import type { Person } from "../../shared/roster/person.js";
import { createSheetReader, readSheet, type SheetReadResult } from "../../shared/roster/readSheet.js";
import { junkCell, sheetCell } from "./arbitraries.js";

const SHEET = "Danh sách 2026";

type Kind = "level" | "number" | "date" | "staffType" | "free";

/** The roster's typed columns (RULES.md §3 input rules apply to them) and two free ones. */
const COLUMNS: readonly (readonly [string, FieldKey, Kind])[] = [
  ["Ngày sinh", "birthDate", "date"],
  ["Đối tượng", "staffType", "staffType"],
  ["Tự xếp loại", "selfLevel", "level"],
  ["Kết quả xếp loại", "finalLevel", "level"],
  ["Điểm", "score", "number"],
  ["Số tháng công tác", "monthsWorked", "number"],
  ["% nhiệm vụ hoàn thành", "tasksCompletedPct", "number"],
  ["Ngày hiệu lực kỷ luật", "disciplineDate", "date"],
  ["Số phiếu tán thành", "votesFor", "number"],
  ["Số đảng viên chính thức", "fullMembers", "number"],
  ["Xếp loại đảng viên", "partyLevel", "level"],
  ["Lãnh đạo, quản lý", "isLeader", "free"],
  ["Ghi chú", "note", "free"],
];
const FIRST = 2; // STT, Họ và tên

/** The value a typed cell left on the person; undefined when it could not be used. */
function valueOf(person: Person, field: FieldKey): unknown {
  if (field === "birthDate") return person.birthDate ?? person.birthYear;
  return (person as unknown as Record<string, unknown>)[field];
}

/** Values no typed column can use, whatever its kind. */
function surelyUnusable(value: CellValue, kind: Kind): boolean {
  if (typeof value === "boolean") return true;
  if (typeof value === "number" && !Number.isFinite(value)) return true;
  if (value instanceof Date) return Number.isNaN(value.getTime()) || kind !== "date";
  if (typeof value === "number" && (kind === "level" || kind === "staffType")) return true;
  return typeof value === "string" && value.trim().length > 1000;
}

const dataRows = fc.array(fc.array(junkCell, { minLength: COLUMNS.length, maxLength: COLUMNS.length }), {
  minLength: 1,
  maxLength: 6,
});

describe("junk in data rows (property)", () => {
  it("never crashes readSheet, and every unusable typed cell is exactly one finding at its sheet, row and column", () => {
    fc.assert(
      fc.property(dataRows, (cells) => {
        const rows: CellValue[][] = [
          ["STT", "Họ và tên", ...COLUMNS.map(([h]) => h)],
          ...cells.map((r, i) => [i + 1, `Người số ${i + 1}`, ...r]),
        ];
        const result = readSheet(SHEET, rows);
        expect(result.outcome.kind).toBe("roster");
        expect(result.people.map((p) => [p.row, p.fullName])).toEqual(
          cells.map((_, i) => [i + 2, `Người số ${i + 1}`]),
        );
        let expected = 0;
        cells.forEach((row, i) => {
          const person = result.people[i]!;
          COLUMNS.forEach(([, field, kind], c) => {
            const value = row[c];
            const letter = columnLetter(FIRST + c);
            const here = result.findings.filter(
              (f) => f.row === i + 2 && f.column === letter && f.ruleId !== "input.level-missing",
            );
            if (kind === "free" || isBlank(value)) {
              expect(here).toEqual([]);
              return;
            }
            if (surelyUnusable(value, kind)) expect(valueOf(person, field)).toBeUndefined();
            const unusable = valueOf(person, field) === undefined;
            expect(here.length).toBe(unusable ? 1 : 0);
            expected += here.length;
          });
          // RULES.md §3 `input.level-missing`: one warning for a row with no staff level, none unreadable.
          const missing = result.findings.filter(
            (f) => f.row === i + 2 && f.ruleId === "input.level-missing",
          );
          expect(missing.length).toBe(person.level === undefined && !person.levelUnreadable ? 1 : 0);
          expected += missing.length;
        });
        expect(result.findings).toHaveLength(expected);
        for (const f of result.findings) {
          expect(f.sheet).toBe(SHEET);
          expect(f.severity).toBe(f.ruleId === "input.level-missing" ? "warning" : "error");
          expect(f.ruleId).toMatch(
            /^input\.(level-unrecognized|number-invalid|date-invalid|staff-type-unrecognized|level-missing)$/,
          );
          expect(f.message.vi.length).toBeLessThan(400);
        }
      }),
      { numRuns: 120 },
    );
  });
});

/** What a result says, for comparing two reads of the same sheet. */
function digest(result: SheetReadResult) {
  return {
    kind: result.outcome.kind,
    header: result.outcome.kind === "roster" ? result.outcome.sheet.headerRows : undefined,
    collectives:
      result.outcome.kind === "collectives"
        ? result.outcome.collectives.map((c) => [c.row, c.name, c.level])
        : undefined,
    people: result.people.map((p) => [p.row, p.fullName, p.level, p.unit]),
    findings: result.findings.map((f: RawFinding) => [f.ruleId, f.row, f.column]),
  };
}

const sheets = fc.array(fc.array(sheetCell, { maxLength: 8 }), { maxLength: 40 });

describe("empty sheets and sheets of junk (property)", () => {
  it("never crash: empty, unusable with its finding, collectives or a roster", () => {
    fc.assert(
      fc.property(sheets, (rows) => {
        const result = readSheet(SHEET, rows);
        const blank = rows.every((r) => r.every(isBlank));
        switch (result.outcome.kind) {
          case "empty":
            expect(blank).toBe(true);
            expect(result.findings).toEqual([]);
            break;
          case "unusable":
            expect(blank).toBe(false);
            expect(
              result.findings.some(
                (f) =>
                  (f.ruleId === "input.header-not-found" || f.ruleId === "input.column-missing") &&
                  f.severity === "error",
              ),
            ).toBe(true);
            expect(result.people).toEqual([]);
            break;
          case "roster": {
            const header = result.outcome.sheet.headerRows;
            expect(header.every((r) => r >= 1 && r <= 31)).toBe(true);
            for (const p of result.people) {
              expect(p.row).toBeGreaterThan(header.at(-1)!);
              expect(p.fullName).not.toBe("");
            }
            break;
          }
          case "collectives":
            expect(result.people).toEqual([]);
            break;
        }
        for (const f of result.findings) expect(f.sheet).toBe(SHEET);
      }),
      { numRuns: 200 },
    );
  });

  it("a sheet of nothing but blank rows is empty", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(null, undefined, "", "  ", "\n"), { maxLength: 6 }), {
          maxLength: 60,
        }),
        (rows) => {
          const result = readSheet(SHEET, rows);
          expect(result.outcome.kind).toBe("empty");
          expect(result.findings).toEqual([]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("reads the same when blank rows are skipped, as the streaming .xlsx reader does", () => {
    const withBlanks = fc.array(
      fc.oneof(
        { arbitrary: fc.constant<CellValue[]>([]), weight: 2 },
        { arbitrary: fc.array(sheetCell, { maxLength: 6 }), weight: 3 },
      ),
      { maxLength: 45 },
    );
    fc.assert(
      fc.property(withBlanks, (rows) => {
        const whole = readSheet(SHEET, rows);
        const reader = createSheetReader(SHEET);
        rows.forEach((row, i) => {
          if (!row.every(isBlank)) reader.push(row, i + 1);
        });
        expect(digest(reader.finish())).toEqual(digest(whole));
      }),
      { numRuns: 200 },
    );
  });
});
