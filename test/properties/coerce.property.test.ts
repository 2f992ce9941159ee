import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import { readDisciplineForm, readLeaveType, readPartyStatus } from "../../shared/coerce/categories.js";
import { readDate, readYear, serialToIso } from "../../shared/coerce/date.js";
import { readMark } from "../../shared/coerce/mark.js";
import { readNumber, readPercent } from "../../shared/coerce/number.js";
import { parseLevel, type Level } from "../../shared/levels.js";
import { parseStaffType, type StaffType } from "../../shared/staffTypes.js";
import { junkCell, mangled } from "./arbitraries.js";

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  junkCell,
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.stringMatching(/^[+-]?[\d.,% ]{1,14}$/),
  fc.stringMatching(/^\d{1,3}[/.-]\d{1,3}[/.-]\d{1,5}$/),
);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("coercion never throws (property)", () => {
  it("readNumber, readPercent, readDate, readYear, readMark, parseLevel, parseStaffType, categories", () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const n = readNumber(value);
        if (n) expect(Number.isFinite(n.value)).toBe(true);
        const p = readPercent(value);
        if (p !== undefined) expect(Number.isFinite(p)).toBe(true);
        const d = readDate(value);
        if (d !== undefined) {
          expect(d).toMatch(ISO);
          expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
        }
        const y = readYear(value);
        if (y !== undefined) expect(y >= 1900 && y <= 2099).toBe(true);
        expect(typeof readMark(value)).toBe("boolean");
        if (typeof value === "string") {
          parseLevel(value);
          parseStaffType(value);
          readLeaveType(value);
          readDisciplineForm(value);
          readPartyStatus(value);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("numbers typed the Vietnamese or the English way (property)", () => {
  const decimal = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.boolean());

  it("`i,dd` and `i.dd` read as i.dd; with `%` they are percentages", () => {
    fc.assert(
      fc.property(decimal, ([int, frac, twoDigits]) => {
        const digits = twoDigits ? String(frac).padStart(2, "0") : String(frac % 10);
        const expected = Number(`${int}.${digits}`);
        expect(readNumber(`${int},${digits}`)).toEqual({ value: expected, percent: false });
        expect(readNumber(`${int}.${digits}`)).toEqual({ value: expected, percent: false });
        expect(readNumber(` ${int},${digits}% `)).toEqual({ value: expected, percent: true });
        expect(readPercent(`${int},${digits}%`)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("a fraction from a percent-formatted cell reads as a percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        expect(readPercent(basisPoints / 10_000)).toBeCloseTo(basisPoints / 100, 9);
      }),
      { numRuns: 200 },
    );
  });

  it("numbers as numbers read as themselves", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(readNumber(x)).toEqual({ value: x, percent: false });
      }),
      { numRuns: 200 },
    );
  });
});

describe("dates (property)", () => {
  const day = fc
    .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
    .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
  const pad = (n: number) => String(n).padStart(2, "0");

  it("dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, a Date and an Excel serial give the same day", () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = `${y}-${pad(m)}-${pad(dd)}`;
        expect(readDate(`${pad(dd)}/${pad(m)}/${y}`)).toBe(iso);
        expect(readDate(`${dd}/${m}/${y}`)).toBe(iso);
        expect(readDate(`${pad(dd)}-${pad(m)}-${y}`)).toBe(iso);
        expect(readDate(`${pad(dd)}.${pad(m)}.${y}`)).toBe(iso);
        expect(readDate(d)).toBe(iso);
        const serial = Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
        expect(serialToIso(serial)).toBe(iso);
        expect(readDate(serial + 0.5)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it("a day past the month's end is not a date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(readDate(`${last}/${m}/${y}`)).toBeDefined();
        expect(readDate(`${last + 1}/${m}/${y}`)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe("labels as clerks type them (property)", () => {
  const LEVEL_LABELS: [string, Level][] = [
    ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"],
    ["Xuất sắc", "HTXSNV"],
    ["HTXS", "HTXSNV"],
    ["Hoàn thành tốt nhiệm vụ", "HTTNV"],
    ["Tốt", "HTTNV"],
    ["Hoàn thành nhiệm vụ", "HTNV"],
    ["Hoàn thành", "HTNV"],
    ["Không hoàn thành nhiệm vụ", "KHTNV"],
    ["Không hoàn thành", "KHTNV"],
    ["Không xếp loại", "KXL"],
    ["Chưa xếp loại", "KXL"],
  ];
  // Spaces, line breaks and case only: a level cell with punctuation between its words is a choice
  // RULES.md §1 does not make.
  const SPACES = [" ", "  ", "\n", " \n ", "\t", "\u00a0"];

  it("levels: any case, spacing, diacritics or Unicode form", () => {
    const arb = fc
      .constantFrom(...LEVEL_LABELS)
      .chain(([label, level]) => mangled(label, { separators: SPACES }).map((text) => ({ text, level })));
    fc.assert(
      fc.property(arb, ({ text, level }) => {
        // mangled() may wrap the label in punctuation; strip it to test spacing, case and form
        const cell = text.replace(/^[(*\-\s]+|[):*.\s]+$/g, "");
        expect(parseLevel(cell)).toBe(level);
      }),
      { numRuns: 300 },
    );
  });

  it("staff types: any case, spacing, diacritics or Unicode form", () => {
    const TYPES: [string, StaffType][] = [
      ["Cán bộ", "CB"],
      ["Công chức", "CC"],
      ["Viên chức", "VC"],
      ["Người lao động", "NLD"],
      ["Hợp đồng lao động", "NLD"],
      ["HĐLĐ", "NLD"],
      ["HĐ68", "NLD"],
      ["HĐ111", "NLD"],
    ];
    const arb = fc
      .constantFrom(...TYPES)
      .chain(([label, type]) => mangled(label, { separators: SPACES }).map((text) => ({ text, type })));
    fc.assert(
      fc.property(arb, ({ text, type }) => {
        const cell = text.replace(/^[(*\-\s]+|[):*.\s]+$/g, "");
        expect(parseStaffType(cell)).toBe(type);
      }),
      { numRuns: 200 },
    );
  });
});
