import { describe, expect, it } from "vitest";
import type { CellValue } from "../../shared/cells.js";
import { at, fieldLetters, findingsOf, read, rosterOf, TITLE_ROWS } from "../helpers/xlsxRoster.js";

const person = (i: number, level: CellValue = "HTTNV"): CellValue[] => [
  i,
  `Nguyễn Văn ${"ABCDEFGH"[i]}`,
  level,
];

describe("header detection (ROSTER.md)", () => {
  it("finds the header under the title rows", () => {
    const result = read([
      [TITLE_ROWS[0], null, null, TITLE_ROWS[1]],
      [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
      [],
      [TITLE_ROWS[2]],
      ["(Kèm theo Tờ trình số 12/TTr-SNV ngày 01/12/2026)"],
      ["STT", "Họ và tên", "Kết quả xếp loại"],
      person(1),
      person(2),
    ]);
    const sheet = rosterOf(result);
    expect(sheet.headerRows).toEqual([6]);
    expect(fieldLetters(sheet)).toEqual({ seq: "A", fullName: "B", finalLevel: "C" });
    expect(sheet.columns.map((c) => c.header)).toEqual(["STT", "Họ và tên", "Kết quả xếp loại"]);
    expect(result.people.map((p) => p.row)).toEqual([7, 8]);
    expect(result.outcome.kind === "roster" && result.outcome.titleYear).toBe(2026);
  });

  it("reads headers without diacritics, in upper case and broken over lines inside a cell", () => {
    const result = read([
      [
        "STT",
        "HO VA TEN",
        "NGÀY THÁNG\nNĂM SINH",
        "Don vi\ncong tac",
        "CHỨC VỤ",
        "Tu xep\nloai",
        "KẾT QUẢ\r\nXẾP LOẠI",
        "GHI CHU",
      ],
      [1, "Nguyễn Văn An", "01/02/1980", "Phòng Kế hoạch", "Chuyên viên", "HTT", "HTT", ""],
    ]);
    expect(fieldLetters(rosterOf(result))).toEqual({
      seq: "A",
      fullName: "B",
      birthDate: "C",
      unit: "D",
      position: "E",
      selfLevel: "F",
      finalLevel: "G",
      note: "H",
    });
    expect(result.people).toHaveLength(1);
  });

  it("matches the header variants of ROSTER.md", () => {
    const headers: [string, string][] = [
      ["Số TT", "seq"],
      ["Họ tên", "fullName"],
      ["Ngày/tháng/năm sinh", "birthDate"],
      ["Phòng ban", "unit"],
      ["Chức vụ, chức danh", "position"],
      ["Cán bộ, công chức, viên chức", "staffType"],
      ["LĐQL", "isLeader"],
      ["Người đứng đầu", "isHead"],
      ["Nhóm tương đồng", "peerGroup"],
      ["Thời gian công tác trong năm (tháng)", "monthsWorked"],
      ["Số tháng nghỉ", "leaveMonths"],
      ["Lý do nghỉ", "leaveType"],
      ["Hình thức kỷ luật", "disciplineForm"],
      ["Ngày quyết định kỷ luật", "disciplineDate"],
      ["Đã tính khi xếp loại", "disciplineCounted"],
      ["Điểm tự chấm", "score"],
      ["% nhiệm vụ hoàn thành", "tasksCompletedPct"],
      ["% vượt mức", "tasksExceededPct"],
      ["% đúng tiến độ", "tasksOnTimePct"],
      ["% tiêu chí chưa đạt", "criteriaShortPct"],
      ["% chỉ tiêu đơn vị hoàn thành", "unitTargetsPct"],
      ["% đơn vị trực thuộc từ HTNV", "subUnitsAtLeastCompletePct"],
      ["% đơn vị trực thuộc từ HTTNV", "subUnitsAtLeastGoodPct"],
      ["Cá nhân tự xếp loại", "selfLevel"],
      ["Tập thể đề xuất", "proposedLevel"],
      ["Cấp có thẩm quyền", "finalLevel"],
      ["Đảng viên", "isPartyMember"],
      ["Chi bộ", "partyCell"],
      ["Ngày vào Đảng", "partyJoinDate"],
      ["Tình trạng sinh hoạt đảng", "partyStatus"],
      ["Số tháng nghỉ ốm (đảng viên)", "partySickMonths"],
      ["Xếp loại đảng viên", "partyLevel"],
      ["Số phiếu tán thành", "votesFor"],
      ["Số đảng viên chính thức", "fullMembers"],
      ["Tự phát hiện, khắc phục", "partyRemedied"],
      ["Ghi chú", "note"],
    ];
    const sheet = rosterOf(read([headers.map(([h]) => h)]));
    expect(sheet.columns.map((c) => [c.header, c.field])).toEqual(headers);
  });

  it("reads a two-row header: `Kết quả xếp loại` merged over `Tự xếp loại | Tập thể đề xuất | Cấp có thẩm quyền`", () => {
    const result = read([
      [TITLE_ROWS[2]],
      ["STT", "Họ và tên", "Chức vụ", "Kết quả xếp loại", null, null, "Ghi chú"],
      [null, null, null, "Tự xếp loại", "Tập thể đề xuất", "Cấp có thẩm quyền", null],
      [1, "Nguyễn Văn An", "Chuyên viên", "HTXS", "HTT", "HT", ""],
    ]);
    const sheet = rosterOf(result);
    expect(sheet.headerRows).toEqual([2, 3]);
    expect(fieldLetters(sheet)).toEqual({
      seq: "A",
      fullName: "B",
      position: "C",
      selfLevel: "D",
      proposedLevel: "E",
      finalLevel: "F",
      note: "G",
    });
    const [an] = result.people;
    expect([an!.row, an!.selfLevel, an!.proposedLevel, an!.finalLevel, an!.level]).toEqual([
      4,
      "HTXSNV",
      "HTTNV",
      "HTNV",
      "HTNV",
    ]);
  });

  it("reads `Đảng viên` merged over `Xếp loại | Số phiếu tán thành` as the Party level and votes", () => {
    const result = read([
      ["STT", "Họ và tên", "Xếp loại", "Đảng viên", null, "Số đảng viên chính thức"],
      [null, null, null, "Xếp loại", "Số phiếu tán thành", null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      [1, "Nguyễn Văn An", "HTXSNV", "HTXSNV", 10, 12],
    ]);
    const sheet = rosterOf(result);
    expect(sheet.headerRows).toEqual([1, 2]);
    expect(fieldLetters(sheet)).toEqual({
      seq: "A",
      fullName: "B",
      finalLevel: "C",
      partyLevel: "D",
      votesFor: "E",
      fullMembers: "F",
    });
    const [an] = result.people;
    expect([an!.level, an!.partyLevel, an!.votesFor, an!.fullMembers, an!.isPartyMember]).toEqual([
      "HTXSNV",
      "HTXSNV",
      10,
      12,
      true,
    ]);
  });

  it("reads a group merged over some columns when the other headers sit in the lower row only", () => {
    const result = read([
      [null, null, "Đảng viên", null],
      ["STT", "Họ và tên", "Xếp loại", "Số phiếu tán thành"],
      [1, "Nguyễn Văn An", "HTXS", 9],
    ]);
    const sheet = rosterOf(result);
    expect(sheet.headerRows).toEqual([1, 2]);
    expect(fieldLetters(sheet)).toEqual({ seq: "A", fullName: "B", partyLevel: "C", votesFor: "D" });
    const [an] = result.people;
    expect([an!.partyLevel, an!.level, an!.votesFor]).toEqual(["HTXSNV", undefined, 9]);
  });

  it("does not take a title row right above the header for a group row", () => {
    const sheet = rosterOf(
      read([
        [TITLE_ROWS[0], null, null, TITLE_ROWS[1]],
        ["STT", "Họ và tên", "Đơn vị", "Xếp loại"],
        person(1),
      ]),
    );
    expect(sheet.headerRows).toEqual([2]);
    expect(sheet.columns.map((c) => c.header)).toEqual(["STT", "Họ và tên", "Đơn vị", "Xếp loại"]);
  });

  it.each([
    ["(1) (2) (3)…", ["(1)", "(2)", "(3)", "(4)"]],
    ["1 2 3… as numbers", [1, 2, 3, 4]],
    ["1 2 3… as text", ["1", "2", "3", "4"]],
    ["A B 1 2…", ["A", "B", "1", "2"]],
  ])("skips a numbering row %s under the header", (_, numbering) => {
    const result = read([
      ["STT", "Họ và tên", "Đối tượng", "Xếp loại"],
      numbering as CellValue[],
      [1, "Nguyễn Văn An", "CC", "HTT"],
    ]);
    expect(result.people.map((p) => [p.row, p.fullName])).toEqual([[3, "Nguyễn Văn An"]]);
    expect(result.findings).toEqual([]);
  });

  describe("2026 numbering rows, with the sums of the score's columns", () => {
    const HEADER = [
      "STT",
      "Họ và tên",
      "Tiêu chí chung",
      "Kết quả thực hiện nhiệm vụ",
      "Tổng điểm",
      "Xếp loại",
    ];
    const AN: CellValue[] = [1, "Nguyễn Văn An", 25, 60, 85, "HTT"];

    it.each([
      ["(1) … (5)=(3)+(4)", ["(1)", "(2)", "(3)", "(4)", "(5)=(3)+(4)", "(6)"]],
      ["1 … 5=3+4", [1, 2, 3, 4, "5=3+4", 6]],
      ["spaced, with brackets", ["(1)", "(2)", "(3)", "(4)", "(5) = [(3) + (4)]", "(6)"]],
      ["two-digit columns", ["(10)", "(11)", "(12)", "(13)", "(14)=(12)+(13)", "(15)"]],
      ["most cells sums", ["(1)", "(2)", "(13)=(11)+(12)", "(14)=(13)/2", "(15)=(13)+(14)", "(16)"]],
      ["the name column as a number", [null, 2, 3, 4, "5=3+4", 6]],
    ])("skips %s right under the header", (_, numbering) => {
      const result = read([HEADER, numbering as CellValue[], AN]);
      expect(result.people.map((p) => [p.row, p.fullName, p.score])).toEqual([[3, "Nguyễn Văn An", 85]]);
      expect(result.findings).toEqual([]);
    });

    it("skips a numbering row under a two-row header and again where a printed page repeats it", () => {
      const numbering = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)+(4)", "(6)"];
      const result = read([
        ["STT", "Họ và tên", "Điểm đánh giá", null, null, "Xếp loại"],
        [null, null, "Tiêu chí chung (30 điểm)", "Kết quả thực hiện nhiệm vụ (70 điểm)", "Tổng điểm", null],
        numbering,
        AN,
        numbering,
        [2, "Trần Thị Bình", 20, 50, 70, "HT"],
      ]);
      expect(result.people.map((p) => [p.row, p.fullName])).toEqual([
        [4, "Nguyễn Văn An"],
        [6, "Trần Thị Bình"],
      ]);
      expect(result.findings).toEqual([]);
    });

    it("never skips a person: a name is no number, whatever the other cells hold", () => {
      const result = read([
        HEADER,
        [1, "Nguyễn Văn An", 2, 3, "5=3+4", "HT"],
        [2, "Lê B", "1", "2", "3", "4"],
      ]);
      expect(result.people.map((p) => [p.row, p.fullName])).toEqual([
        [2, "Nguyễn Văn An"],
        [3, "Lê B"],
      ]);
    });
  });

  it("reads the first data row as a person when there is no numbering row, even when its cells are short codes", () => {
    const result = read([
      ["STT", "Họ và tên", "Đối tượng", "Tự xếp loại", "Tập thể đề xuất", "Xếp loại", "LĐQL"],
      [1, "Nguyễn Văn An", "CC", "HTT", "HTT", "HTT", "x"],
      [2, "Trần Thị Bình", "VC", "HT", "HT", "HT", ""],
    ]);
    expect(result.people.map((p) => p.fullName)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
  });

  it("keeps unmapped headers, visible with their letter", () => {
    const sheet = rosterOf(read([["STT", "Họ và tên", "Số CMND/CCCD", "Xếp loại", "Quê quán"], person(1)]));
    expect(sheet.columns.filter((c) => c.field === undefined).map((c) => [c.letter, c.header])).toEqual([
      ["C", "Số CMND/CCCD"],
      ["E", "Quê quán"],
    ]);
  });

  it("reports input.header-not-found when the header starts below row 30", () => {
    const rows: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    rows.push(["STT", "Họ và tên", "Xếp loại"], person(1));
    const result = read(rows);
    expect(result.outcome.kind).toBe("unusable");
    expect(findingsOf(result, "input.header-not-found")).toMatchObject([
      { severity: "error", sheet: "Danh sách" },
    ]);
    expect(result.people).toEqual([]);
  });

  it("still finds a header on row 30", () => {
    const rows: CellValue[][] = Array.from({ length: 29 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    rows.push(["STT", "Họ và tên", "Xếp loại"], person(1));
    expect(rosterOf(read(rows)).headerRows).toEqual([30]);
  });

  it("reports input.header-not-found for a header below row 30 under blank rows", () => {
    const rows: CellValue[][] = Array.from({ length: 39 }, () => []);
    rows.push(["STT", "Họ và tên", "Xếp loại"], person(1));
    const result = read(rows);
    expect(result.outcome.kind).toBe("unusable");
    expect(findingsOf(result, "input.header-not-found")).toHaveLength(1);
  });

  it("reports input.column-missing (error) for a header with a name column but no level column", () => {
    const result = read([
      [TITLE_ROWS[2]],
      ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
      [1, "Nguyễn Văn An", "Chuyên viên", "Phòng A"],
    ]);
    expect(result.outcome.kind).toBe("unusable");
    const missing = findingsOf(result, "input.column-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: "error", sheet: "Danh sách", row: 2 });
    expect(result.people).toEqual([]);
  });

  it("an empty sheet is empty, with no finding", () => {
    expect(read([]).outcome.kind).toBe("empty");
    const blank = read([[], [null, "  "], [undefined]]);
    expect(blank.outcome.kind).toBe("empty");
    expect(blank.findings).toEqual([]);
  });

  it("a sheet of text without a header is unusable: input.header-not-found", () => {
    const result = read([["Ghi chép"], ["Họp chi bộ tháng 12"]]);
    expect(result.outcome.kind).toBe("unusable");
    expect(findingsOf(result, "input.header-not-found").map(at)).toEqual([
      { sheet: "Danh sách", row: undefined, column: undefined },
    ]);
  });
});
