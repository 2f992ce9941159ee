import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FieldKey } from "../../shared/roster/fields.js";
import { cellText } from "../../shared/roster/header.js";
import { readSheet } from "../../shared/roster/readSheet.js";
import { mangled, sheetCell } from "./arbitraries.js";

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

/** 2026 period sub-headers (ROSTER.md `periodScores`, `periodLevels`), by the period they name. */
const QUARTER_SUBS = (style: number) =>
  [1, 2, 3, 4].map((q) => {
    const roman = ["I", "II", "III", "IV"][q - 1]!;
    const text = [`Quý ${roman}`, `Quý ${q}`, `Điểm quý ${q}`, `Xếp loại quý ${roman}`][style]!;
    return { text, period: `quarter ${q}` };
  });
const MONTH_SUBS = (style: number) =>
  Array.from({ length: 12 }, (_, i) => {
    const text = [`Tháng ${i + 1}`, `T${i + 1}`, `Điểm tháng ${i + 1}`, `Xếp loại tháng ${i + 1}`][style]!;
    return { text, period: `month ${i + 1}` };
  });
const SCORE_GROUPS = [
  "Điểm theo dõi, đánh giá theo quý",
  "Điểm đánh giá hằng tháng",
  "Điểm các quý",
  "Điểm từng tháng",
];
const LEVEL_GROUPS = ["Xếp loại theo quý", "Xếp loại hằng tháng", "Mức xếp loại từng quý"];
/** Sub-headers that may sit under a period group beside the periods; only the annual ones may be the score. */
const EXTRAS = ["Ghi chú", "Cả năm", "Tổng", "Bình quân", "Nhận xét"];
const ANNUAL = new Set(["Cả năm", "Tổng", "Bình quân"]);

interface Sub {
  text: string | null;
  period?: string;
}

/** Some periods of one kind and spelling, some extras and blanks, in any order, each mangled. */
const periodGroup = fc
  .record({
    levels: fc.boolean(),
    months: fc.boolean(),
    style: fc.integer({ min: 0, max: 3 }),
    group: fc.nat(),
  })
  .chain(({ levels, months, style, group }) => {
    const groups = levels ? LEVEL_GROUPS : SCORE_GROUPS;
    const periods = (months ? MONTH_SUBS : QUARTER_SUBS)(style);
    return fc
      .tuple(
        mangled(groups[group % groups.length]!),
        fc.shuffledSubarray(periods, { minLength: 1 }),
        fc.subarray(EXTRAS),
        fc.nat({ max: 2 }),
      )
      .chain(([groupText, chosen, extras, blanks]) => {
        const subs: Sub[] = [
          ...chosen,
          ...extras.map((text) => ({ text })),
          ...Array.from({ length: blanks }, () => ({ text: null })),
        ];
        return fc
          .shuffledSubarray(subs, { minLength: subs.length })
          .chain((order) =>
            fc.tuple(
              ...order.map((s) =>
                s.text === null
                  ? fc.constant(s)
                  : mangled(s.text).map((text) => ({ ...s, text, plain: s.text })),
              ),
            ),
          )
          .map((mangledSubs) => ({ levels, groupText, subs: mangledSubs as (Sub & { plain?: string })[] }));
      });
  });

/** `STT | Họ và tên | <group over its subs> | Kết quả xếp loại`, two rows, and one person. */
function readGroup(groupText: string, subs: readonly Sub[]) {
  const top = ["STT", "Họ và tên", groupText, ...subs.slice(1).map(() => null), "Kết quả xếp loại"];
  const sub = [null, null, ...subs.map((s) => s.text), null];
  const result = readSheet("Danh sách", [top, sub, [1, "Nguyễn Văn An", ...subs.map(() => 80), "HTT"]]);
  expect(result.outcome.kind).toBe("roster");
  return result.outcome.kind === "roster" ? result.outcome.sheet.columns : [];
}

describe("period groups (property)", () => {
  it("with shuffled, missing and extra sub-headers: a period is never the annual score, and keeps its period", () => {
    fc.assert(
      fc.property(periodGroup, ({ levels, groupText, subs }) => {
        const columns = readGroup(groupText, subs);
        const at = (i: number) => columns.find((c) => c.index === i + 2);
        // Under a group whose first cell has no sub-header, the group merges down: the rest read alone.
        const grouped = subs[0]!.text !== null;
        subs.forEach((s, i) => {
          const column = at(i);
          if (s.period !== undefined) {
            expect(column?.field === "periodScore" || column?.field === "periodLevel").toBe(true);
            expect(column?.period && `${column.period.unit} ${column.period.index}`).toBe(s.period);
            // What the sub-header says wins over its group: `Điểm quý 3` under `Xếp loại theo quý` is a score.
            const plain = (s as { plain?: string }).plain ?? "";
            const says = /^(Xếp loại|Mức)/.test(plain)
              ? "periodLevel"
              : /^Điểm/.test(plain)
                ? "periodScore"
                : undefined;
            const byGroup = levels && grouped ? "periodLevel" : levels ? undefined : "periodScore";
            const expected = says ?? byGroup;
            if (expected) expect(column!.field).toBe(expected);
          } else if (s.text === null) {
            // The group's own cell, or an empty one: never the annual score nor a level.
            expect(column?.field).toBeUndefined();
          } else if (!ANNUAL.has((s as { plain?: string }).plain!)) expect(column?.field).not.toBe("score");
        });
        expect(columns.find((c) => c.field === "finalLevel")?.index).toBe(subs.length + 2);
      }),
      { numRuns: 300 },
    );
  });

  it("two groups side by side, scores then levels over the same periods in any order", () => {
    const arb = fc
      .tuple(
        fc.constantFrom(...SCORE_GROUPS).chain((g) => mangled(g)),
        fc.constantFrom(...LEVEL_GROUPS).chain((g) => mangled(g)),
        fc.boolean(),
        fc.integer({ min: 0, max: 1 }),
      )
      .chain(([scoreGroup, levelGroup, months, style]) => {
        const periods = (months ? MONTH_SUBS : QUARTER_SUBS)(style);
        return fc.tuple(
          fc.constant(scoreGroup),
          fc.constant(levelGroup),
          fc
            .shuffledSubarray(periods, { minLength: 1 })
            .chain((ps) => fc.tuple(...ps.map((p) => mangled(p.text).map((text) => ({ ...p, text }))))),
          fc
            .shuffledSubarray(periods, { minLength: 1 })
            .chain((ps) => fc.tuple(...ps.map((p) => mangled(p.text).map((text) => ({ ...p, text }))))),
        );
      });
    fc.assert(
      fc.property(arb, ([scoreGroup, levelGroup, scores, levels]) => {
        const top = [
          "Họ và tên",
          scoreGroup,
          ...scores.slice(1).map(() => null),
          levelGroup,
          ...levels.slice(1).map(() => null),
          "Tổng điểm",
          "Xếp loại",
        ];
        const sub = [null, ...scores.map((s) => s.text), ...levels.map((s) => s.text), null, null];
        const result = readSheet("Danh sách", [top, sub]);
        expect(result.outcome.kind).toBe("roster");
        if (result.outcome.kind !== "roster") return;
        const sheet = result.outcome.sheet;
        const name = (c: { period?: { unit: string; index: number } }) =>
          c.period && `${c.period.unit} ${c.period.index}`;
        expect(sheet.periodColumns.periodScore.map(name)).toEqual(scores.map((s) => s.period));
        expect(sheet.periodColumns.periodLevel.map(name)).toEqual(levels.map((s) => s.period));
        expect(sheet.fieldColumns.score?.index).toBe(1 + scores.length + levels.length);
      }),
      { numRuns: 200 },
    );
  });

  it("a period group header over junk never crashes and is never the annual score", () => {
    const group = fc.constantFrom(...SCORE_GROUPS, ...LEVEL_GROUPS).chain((g) => mangled(g));
    fc.assert(
      fc.property(group, fc.array(sheetCell, { maxLength: 5 }), (groupText, junk) => {
        const top = ["Họ và tên", groupText, ...junk.slice(1).map(() => null), "Xếp loại"];
        const result = readSheet("Danh sách", [
          top,
          [null, ...junk, null],
          ["Nguyễn Văn An", ...junk, "HTT"],
        ]);
        if (result.outcome.kind !== "roster") return;
        const groupColumn = result.outcome.sheet.columns.find((c) => c.index === 1);
        if (groupColumn && cellText(junk[0]) === "") expect(groupColumn.field).toBeUndefined();
        for (const c of result.outcome.sheet.columns)
          if (c.period !== undefined)
            expect(c.field === "periodScore" || c.field === "periodLevel").toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
