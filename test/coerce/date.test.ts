import { describe, expect, it } from "vitest";
import { readDate, readYear, serialToIso } from "../../shared/coerce/date.js";
import { at, findingsOf, personNamed, read } from "../helpers/xlsxRoster.js";

describe("readDate (RULES.md §3: an Excel date or dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy)", () => {
  it.each([
    ["an Excel serial (1900 system)", 29358, "1980-05-17"],
    ["an Excel serial for 1 January 2023", 44927, "2023-01-01"],
    ["a serial with a time of day", 44927.75, "2023-01-01"],
    ["a Date (exceljs gives UTC midnight)", new Date(Date.UTC(1980, 4, 17)), "1980-05-17"],
    ["dd/mm/yyyy", "17/05/1980", "1980-05-17"],
    ["d/m/yyyy", "7/5/1980", "1980-05-07"],
    ["dd-mm-yyyy", "17-05-1980", "1980-05-17"],
    ["dd.mm.yyyy", "17.05.1980", "1980-05-17"],
    ["with spaces around", " 01/12/2026 ", "2026-12-01"],
    ["29 February of a leap year", "29/02/2024", "2024-02-29"],
  ] as const)("%s", (_, value, iso) => {
    expect(readDate(value)).toBe(iso);
  });

  it.each([
    ["31 February", "31/02/2024"],
    ["29 February of a common year", "29/02/2023"],
    ["month 13", "12/13/2020"],
    ["day 32", "32/01/2020"],
    ["day 0", "00/01/2020"],
    ["a two-digit year", "17/05/80"],
    ["words", "mười bảy tháng năm"],
    ["an empty string", ""],
    ["an invalid Date", new Date(Number.NaN)],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a negative serial", -5],
    ["a boolean", true],
    ["null", null],
    ["a year before Excel's dates", "17/05/1850"],
    ["a Date in year -1", new Date(Date.UTC(-1, 0, 1))],
    ["a Date past year 9999", new Date(Date.UTC(10_000, 0, 1))],
    ["Excel's phantom 29 February 1900 (serial 60)", 60],
  ] as const)("%s is not a date", (_, value) => {
    expect(readDate(value)).toBeUndefined();
  });

  it("serialToIso counts as Excel does, phantom 29 February 1900 included", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(2_958_465)).toBe("9999-12-31");
  });
});

describe("readYear (a birth cell holding only a year)", () => {
  it.each([
    [1980, 1980],
    ["1980", 1980],
    [" 2001 ", 2001],
  ] as const)("%j → %d", (value, year) => {
    expect(readYear(value)).toBe(year);
  });
  it.each([[1800], ["80"], ["17/05/1980"], [29358], [null]])("%j is not a year", (value) => {
    expect(readYear(value)).toBeUndefined();
  });
});

describe("date cells in a roster", () => {
  it("reads birth dates, birth years and discipline dates; reports input.date-invalid where it cannot", () => {
    const result = read([
      ["STT", "Họ và tên", "Ngày sinh", "Ngày hiệu lực kỷ luật", "Ngày vào Đảng", "Xếp loại"],
      [1, "Nguyễn Văn An", "17/05/1980", "05.03.2026", 38000, "HTT"],
      [2, "Trần Thị Bình", 1985, "", "", "HTT"],
      [3, "Lê Văn Cường", "1990", new Date(Date.UTC(2026, 2, 5)), "", "HTT"],
      [4, "Phạm Thị Dung", "31/02/1980", "32-01-2026", "hôm qua", "HTT"],
    ]);
    const an = personNamed(result, "Nguyễn Văn An");
    expect([an.birthDate, an.birthYear, an.disciplineDate, an.partyJoinDate]).toEqual([
      "1980-05-17",
      undefined,
      "2026-03-05",
      "2004-01-14",
    ]);
    expect(personNamed(result, "Trần Thị Bình").birthYear).toBe(1985);
    expect(personNamed(result, "Trần Thị Bình").birthDate).toBeUndefined();
    expect(personNamed(result, "Lê Văn Cường").birthYear).toBe(1990);
    expect(personNamed(result, "Lê Văn Cường").disciplineDate).toBe("2026-03-05");
    const dung = personNamed(result, "Phạm Thị Dung");
    expect([dung.birthDate, dung.birthYear, dung.disciplineDate, dung.partyJoinDate]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(findingsOf(result, "input.date-invalid").map(at)).toEqual([
      { sheet: "Danh sách", row: 5, column: "C" },
      { sheet: "Danh sách", row: 5, column: "D" },
      { sheet: "Danh sách", row: 5, column: "E" },
    ]);
    expect(result.findings).toHaveLength(3);
  });
});
