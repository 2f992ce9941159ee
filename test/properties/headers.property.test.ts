import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FieldKey } from "../../shared/roster/fields.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { mangled } from "./arbitraries.js";

/** Headers as real rosters write them (ROSTER.md's variants, with their diacritics), by field. */
const HEADERS: readonly (readonly [string, FieldKey])[] = [
  ["STT", "seq"],
  ["Số TT", "seq"],
  ["Họ và tên", "fullName"],
  ["Họ tên", "fullName"],
  ["Họ tên cán bộ", "fullName"],
  ["Ngày sinh", "birthDate"],
  ["Ngày tháng năm sinh", "birthDate"],
  ["Năm sinh", "birthDate"],
  ["Đơn vị", "unit"],
  ["Phòng ban", "unit"],
  ["Đơn vị công tác", "unit"],
  ["Chức vụ", "position"],
  ["Chức danh", "position"],
  ["Vị trí việc làm", "position"],
  ["Đối tượng", "staffType"],
  ["Phân loại", "staffType"],
  ["Lãnh đạo quản lý", "isLeader"],
  ["Người đứng đầu", "isHead"],
  ["Nhóm tương đồng", "peerGroup"],
  ["Số tháng công tác", "monthsWorked"],
  ["Thời gian công tác trong năm tháng", "monthsWorked"],
  ["Số tháng nghỉ", "leaveMonths"],
  ["Loại nghỉ", "leaveType"],
  ["Lý do nghỉ", "leaveType"],
  ["Hình thức kỷ luật", "disciplineForm"],
  ["Ngày hiệu lực kỷ luật", "disciplineDate"],
  ["Ngày quyết định kỷ luật", "disciplineDate"],
  ["Đã tính khi xếp loại", "disciplineCounted"],
  ["Tổng điểm", "score"],
  ["Điểm tự chấm", "score"],
  ["% nhiệm vụ hoàn thành", "tasksCompletedPct"],
  ["% vượt mức", "tasksExceededPct"],
  ["% đúng tiến độ", "tasksOnTimePct"],
  ["% tiêu chí chưa đạt", "criteriaShortPct"],
  ["% chỉ tiêu đơn vị hoàn thành", "unitTargetsPct"],
  ["% đơn vị trực thuộc từ HTNV", "subUnitsAtLeastCompletePct"],
  ["% đơn vị trực thuộc từ HTTNV", "subUnitsAtLeastGoodPct"],
  ["Tự xếp loại", "selfLevel"],
  ["Cá nhân tự xếp loại", "selfLevel"],
  ["Tự đánh giá", "selfLevel"],
  ["Tập thể đề xuất", "proposedLevel"],
  ["Mức xếp loại đề xuất", "proposedLevel"],
  ["Đề nghị xếp loại", "proposedLevel"],
  ["Kết quả xếp loại", "finalLevel"],
  ["Xếp loại", "finalLevel"],
  ["Cấp có thẩm quyền", "finalLevel"],
  ["Đảng viên", "isPartyMember"],
  ["Chi bộ", "partyCell"],
  ["Ngày vào Đảng", "partyJoinDate"],
  ["Ngày kết nạp", "partyJoinDate"],
  ["Tình trạng sinh hoạt đảng", "partyStatus"],
  ["Số tháng nghỉ ốm đảng viên", "partySickMonths"],
  ["Xếp loại đảng viên", "partyLevel"],
  ["Số phiếu tán thành", "votesFor"],
  ["Số đảng viên chính thức", "fullMembers"],
  ["Tự phát hiện khắc phục", "partyRemedied"],
  ["Ghi chú", "note"],
];

const BY_FIELD = new Map<FieldKey, string[]>();
for (const [header, field] of HEADERS) BY_FIELD.set(field, [...(BY_FIELD.get(field) ?? []), header]);
const LEVEL_FIELDS: FieldKey[] = ["selfLevel", "proposedLevel", "finalLevel", "partyLevel"];
const OTHER_FIELDS = [...BY_FIELD.keys()].filter((f) => f !== "fullName" && !LEVEL_FIELDS.includes(f));

const headerFor = (field: FieldKey) =>
  fc.constantFrom(...BY_FIELD.get(field)!).chain((h) => mangled(h).map((text) => ({ text, field })));

const fieldsOf = (rows: unknown[][]) => {
  const result = readSheet("Danh sách", rows as never);
  if (result.outcome.kind !== "roster") return undefined;
  return result.outcome.sheet.columns.map((c) => c.field);
};

describe("mangled headers map to the same fields (property)", () => {
  it("one mangled header, beside a name and a level column", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS).chain(([h, field]) => mangled(h).map((text) => ({ text, field }))),
        ({ text, field }) => {
          const fields = fieldsOf([[text, "Họ và tên", "Kết quả xếp loại"]]);
          expect(fields?.[0]).toBe(field);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a whole header row of mangled headers, in any order", () => {
    const row = fc
      .tuple(
        headerFor("fullName"),
        fc.constantFrom(...LEVEL_FIELDS).chain(headerFor),
        fc.shuffledSubarray(OTHER_FIELDS, { maxLength: 10 }).chain((fs) => fc.tuple(...fs.map(headerFor))),
      )
      .chain(([name, level, others]) =>
        fc.shuffledSubarray([name, level, ...others], { minLength: others.length + 2 }),
      );
    fc.assert(
      fc.property(row, (headers) => {
        const fields = fieldsOf([headers.map((h) => h.text), headers.map(() => null)]);
        expect(fields).toEqual(headers.map((h) => h.field));
      }),
      { numRuns: 150 },
    );
  });

  it("a mangled two-row header: `Kết quả xếp loại` over `Tự xếp loại | Tập thể đề xuất | Cấp có thẩm quyền`", () => {
    const arb = fc.tuple(
      mangled("Họ và tên"),
      mangled("Kết quả xếp loại"),
      mangled("Tự xếp loại"),
      mangled("Tập thể đề xuất"),
      mangled("Cấp có thẩm quyền"),
      mangled("Đảng viên"),
      mangled("Xếp loại"),
      mangled("Số phiếu tán thành"),
    );
    fc.assert(
      fc.property(arb, ([name, group, self, proposed, final, party, partyLevel, votes]) => {
        const fields = fieldsOf([
          ["STT", name, group, null, null, party, null],
          [null, null, self, proposed, final, partyLevel, votes],
        ]);
        expect(fields).toEqual([
          "seq",
          "fullName",
          "selfLevel",
          "proposedLevel",
          "finalLevel",
          "partyLevel",
          "votesFor",
        ]);
      }),
      { numRuns: 150 },
    );
  });
});
