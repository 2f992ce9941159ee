import { describe, expect, it } from "vitest";
import { readDisciplineForm, readLeaveType, readPartyStatus } from "../../shared/coerce/categories.js";
import { readMark } from "../../shared/coerce/mark.js";
import { personNamed, read } from "../helpers/xlsxRoster.js";

describe("readMark (ROSTER.md: marks as x, X, ✓, Có)", () => {
  it.each([
    ["x"],
    ["X"],
    ["✓"],
    ["✔"],
    ["Có"],
    ["có"],
    ["CÓ"],
    ["Co"],
    [" x "],
    [1],
    [true],
    ["1"],
    ["Có".normalize("NFD")],
  ])("%j is yes", (value) => {
    expect(readMark(value)).toBe(true);
  });
  it.each([[""], ["  "], [null], [undefined], ["Không"], ["không"], ["KHÔNG"], ["0"], [0], [false], ["-"]])(
    "%j is no",
    (value) => {
      expect(readMark(value)).toBe(false);
    },
  );
});

describe("mark columns in a roster", () => {
  it("reads leader, head and Party-member marks without findings", () => {
    const result = read([
      ["Họ và tên", "Lãnh đạo, quản lý", "Người đứng đầu", "Đảng viên", "Xếp loại"],
      ["Nguyễn Văn An", "x", "✓", "Có", "HTT"],
      ["Trần Thị Bình", "", "Không", null, "HTT"],
    ]);
    expect(result.findings).toEqual([]);
    const an = personNamed(result, "Nguyễn Văn An");
    expect([an.isLeader, an.isHead, an.isPartyMember]).toEqual([true, true, true]);
    const binh = personNamed(result, "Trần Thị Bình");
    expect([binh.isLeader, binh.isHead, binh.isPartyMember]).toEqual([false, false, false]);
  });
});

describe("the 2026 mark columns (ROSTER.md)", () => {
  const result = read([
    [
      "Họ và tên",
      "Vi phạm liên quan đến thực thi công vụ",
      "Kết luận suy thoái",
      "Đơn vị bị xử lý tham nhũng, lãng phí",
      "Khắc phục hạn chế, khuyết điểm",
      "Xếp loại",
    ],
    ["Nguyễn Văn An", "Có", "x", "X", "✓", "HTT"],
    ["Trần Thị Bình", "Không", "Không", "", "-", "HTT"],
    ["Lê Văn Cường", "x", null, null, null, "HTT"],
    ["Phạm Thu Hà", "", "", "", "", "HTT"],
  ]);

  it("reads the tie to public duty as yes (`Có`, `x`), no (`Không`) or not said (empty)", () => {
    expect(result.findings).toEqual([]);
    expect(result.people.map((p) => [p.fullName, p.disciplineDutyRelated])).toEqual([
      ["Nguyễn Văn An", true],
      ["Trần Thị Bình", false],
      ["Lê Văn Cường", true],
      ["Phạm Thu Hà", undefined],
    ]);
  });

  it("reads degradation, the unit's misconduct and remedied shortcomings as marks", () => {
    const marks = (name: string) => {
      const p = personNamed(result, name);
      return [p.degradationConcluded, p.unitMisconductHandled, p.shortcomingsRemedied];
    };
    expect(marks("Nguyễn Văn An")).toEqual([true, true, true]);
    expect(marks("Trần Thị Bình")).toEqual([false, false, false]);
    expect(marks("Phạm Thu Hà")).toEqual([false, false, false]);
  });
});

describe("category cells (ROSTER.md leave types, discipline forms, Party status)", () => {
  it.each([
    ["Ốm", "sick"],
    ["nghỉ ốm", "sick"],
    ["Thai sản", "maternity"],
    ["THAI SAN", "maternity"],
    ["Không lương", "unpaid"],
    ["Việc riêng", "other"],
  ] as const)("leave %j → %s", (text, type) => {
    expect(readLeaveType(text)).toBe(type);
  });
  it("no leave type for an empty or 'không' cell", () => {
    expect(readLeaveType("")).toBeUndefined();
    expect(readLeaveType("Không")).toBeUndefined();
  });
  it.each([
    ["Khiển trách", "reprimand"],
    ["Cảnh cáo", "warning"],
    ["Hạ bậc lương", "salary-reduction"],
    ["Giáng chức", "demotion"],
    ["Cách chức", "dismissal-from-post"],
    ["Buộc thôi việc", "forced-resignation"],
    ["Khai trừ", "expulsion"],
    ["Phê bình", "other"],
  ] as const)("discipline %j → %s", (text, form) => {
    expect(readDisciplineForm(text)).toBe(form);
  });
  it.each([
    ["Miễn công tác và sinh hoạt đảng", "exempt"],
    ["Đình chỉ sinh hoạt đảng", "suspended"],
    ["Đình chỉ sinh hoạt Đảng và sinh hoạt cấp ủy", "suspended"],
    ["Sinh hoạt tạm thời", "temporary"],
    ["Bình thường", "active"],
    // RULES.md §4.1: suspended from the committee only, still a Party member rated as any other.
    ["Đình chỉ sinh hoạt cấp ủy", "active"],
    ["đình chỉ sinh hoạt cấp uỷ", "active"],
    ["DINH CHI SINH HOAT CAP UY", "active"],
    ["Đình chỉ cấp ủy", "active"],
  ] as const)("Party status %j → %s", (text, status) => {
    expect(readPartyStatus(text)).toBe(status);
  });
});
