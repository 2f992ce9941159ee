import type { Person } from "../../shared/roster/person.js";
import type { ReportCell, ReportInput, ReportSheet } from "../../shared/report/index.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { makePerson } from "../helpers/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";

function many(count: number, prefix: string, values: Partial<Person>): Person[] {
  return Array.from({ length: count }, (_, i) => makePerson({ fullName: `${prefix} ${i + 1}`, ...values }));
}

/**
 * One unit: CB 2 (1 HTXSNV, 1 HTTNV); CC 10 (2 HTXSNV of whom 1 leader, 6 HTTNV of whom 2 leaders,
 * 1 HTNV, 1 KXL); VC 5 (4 HTTNV of whom 1 manager, 1 KHTNV); NLĐ 3 (1 HTTNV, 2 HTNV).
 */
export function unitPeople(): Person[] {
  return [
    makePerson({
      fullName: "Nguyễn Văn Bí Thư",
      staffType: "CB",
      level: "HTXSNV",
      isLeader: true,
      position: "Bí thư",
      votesFor: 20,
      score: 96,
    }),
    makePerson({ fullName: "Cán bộ Tốt", staffType: "CB", level: "HTTNV" }),
    makePerson({
      fullName: "Trần Trưởng Phòng",
      staffType: "CC",
      level: "HTXSNV",
      isLeader: true,
      position: "Trưởng phòng",
      votesFor: 18,
      score: 92.5,
    }),
    makePerson({
      fullName: "Lê Chuyên Viên",
      staffType: "CC",
      level: "HTXSNV",
      position: "Chuyên viên",
      votesFor: 15,
    }),
    ...many(2, "Phó phòng", { staffType: "CC", level: "HTTNV", isLeader: true }),
    ...many(4, "Chuyên viên", { staffType: "CC", level: "HTTNV" }),
    makePerson({ fullName: "Chuyên viên HT", staffType: "CC", level: "HTNV" }),
    makePerson({ fullName: "Phạm Mới Về", staffType: "CC", level: "KXL", monthsWorked: 3 }),
    makePerson({ fullName: "Giám đốc Trung tâm", staffType: "VC", level: "HTTNV", isLeader: true }),
    ...many(3, "Viên chức", { staffType: "VC", level: "HTTNV" }),
    makePerson({
      fullName: "Hoàng Kỷ Luật",
      staffType: "VC",
      level: "KHTNV",
      disciplineForm: "reprimand",
      position: "Giáo viên",
    }),
    makePerson({ fullName: "Lao động 1", staffType: "NLD", level: "HTTNV" }),
    ...many(2, "Lao động HT", { staffType: "NLD", level: "HTNV" }),
  ];
}

export function singleUnitInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    year: 2026,
    lang: "vi",
    agency: {
      name: "Sở Nội vụ",
      superior: "Ủy ban nhân dân tỉnh Đồng Tháp",
      place: "Đồng Tháp",
      documentNumber: "123/BC-SNV",
    },
    date: "2026-12-05",
    rate: 0.2,
    units: [
      {
        name: "Sở Nội vụ",
        summary: summarizeUnit(PersonTable.fromPeople(unitPeople()), { assessmentDate: "2026-12-15" }),
      },
    ],
    ...overrides,
  };
}

export function cellAt(sheet: ReportSheet, row: number, col: number): ReportCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** The rows whose label column (B) holds `label`, top to bottom. */
export function rowsLabelled(sheet: ReportSheet, label: string): number[] {
  return sheet.cells.filter((c) => c.col === 2 && c.value === label).map((c) => c.row);
}

/** Values of columns `from`…`to` of a row (null where no cell or an empty one). */
export function rowValues(sheet: ReportSheet, row: number, from = 3, to = 14): (string | number | null)[] {
  return Array.from({ length: to - from + 1 }, (_, i) => cellAt(sheet, row, from + i)?.value ?? null);
}
