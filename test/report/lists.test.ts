import { describe, expect, it } from "vitest";
import { buildReport, type ReportSheet } from "../../shared/report/index.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { makePerson } from "../helpers/person.js";
import { rowValues, singleUnitInput, unitPeople } from "./fixtures.js";
import { PersonTable } from "../../shared/roster/personTable.js";

function rowOf(sheet: ReportSheet, value: string, col = 2): number {
  const cell = sheet.cells.find((c) => c.col === col && c.value === value);
  expect(cell, value).toBeDefined();
  return cell!.row;
}

describe("sheet 3: lists", () => {
  const partyMember = makePerson({
    fullName: "Đỗ Đảng Viên",
    staffType: "CC",
    level: "HTTNV",
    isPartyMember: true,
    partyStatus: "suspended",
    partyLevel: "KXL",
  });
  const a = summarizeUnit(PersonTable.fromPeople([...unitPeople(), partyMember]), {
    assessmentDate: "2026-12-15",
  });
  const b = summarizeUnit(
    PersonTable.fromPeople([
      makePerson({ fullName: "Vũ Phòng B", staffType: "CC", level: "HTXSNV", unit: "Tổ B1" }),
    ]),
  );
  const sheet = buildReport(
    singleUnitInput({
      units: [
        {
          name: "Phòng A",
          summary: a,
          status: { state: "on-time", submittedAt: "2026-11-20", deadline: "2026-11-25" },
        },
        {
          name: "Phòng B",
          summary: b,
          status: { state: "late", submittedAt: "2026-11-28T09:30:00Z", deadline: "2026-11-25" },
        },
        {
          name: "Phòng C",
          summary: summarizeUnit(PersonTable.fromPeople([])),
          status: { state: "missing", deadline: "2026-11-25" },
        },
      ],
    }),
  ).sheets[2]!;

  it("lists the HTXSNV with unit, position, staff type, votes and score", () => {
    const heading = rowOf(sheet, "I. Danh sách cá nhân hoàn thành xuất sắc nhiệm vụ (4)", 1);
    expect(rowValues(sheet, heading + 1, 1, 7)).toEqual([
      "STT",
      "Họ và tên",
      "Đơn vị",
      "Chức vụ",
      "Đối tượng",
      "Số phiếu",
      "Điểm",
    ]);
    expect(rowValues(sheet, heading + 2, 1, 7)).toEqual([
      1,
      "Nguyễn Văn Bí Thư",
      "Phòng A",
      "Bí thư",
      "Cán bộ",
      20,
      96,
    ]);
    expect(rowValues(sheet, heading + 3, 1, 7)).toEqual([
      2,
      "Trần Trưởng Phòng",
      "Phòng A",
      "Trưởng phòng",
      "Công chức",
      18,
      92.5,
    ]);
    expect(rowValues(sheet, heading + 4, 1, 7)).toEqual([
      3,
      "Lê Chuyên Viên",
      "Phòng A",
      "Chuyên viên",
      "Công chức",
      15,
      null,
    ]);
    // A row's own unit wins over the reporting unit's name.
    expect(rowValues(sheet, heading + 5, 1, 7)).toEqual([
      4,
      "Vũ Phòng B",
      "Tổ B1",
      null,
      "Công chức",
      null,
      null,
    ]);
  });

  it("names a person rated HTXSNV as staff and as a Party member once, with both", () => {
    const both = makePerson({
      fullName: "Ngô Hai Vai",
      staffType: "CC",
      level: "HTXSNV",
      position: "Chuyên viên",
      isPartyMember: true,
      partyCell: "Chi bộ 1",
      partyLevel: "HTXSNV",
      votesFor: 9,
    });
    const lists = buildReport(
      singleUnitInput({
        units: [{ name: "Phòng D", summary: summarizeUnit(PersonTable.fromPeople([both])) }],
      }),
    ).sheets[2]!;
    const heading = rowOf(lists, "I. Danh sách cá nhân hoàn thành xuất sắc nhiệm vụ (1)", 1);
    expect(rowValues(lists, heading + 2, 1, 7)).toEqual([
      1,
      "Ngô Hai Vai",
      "Phòng D",
      "Chuyên viên",
      "Công chức; Đảng viên",
      9,
      null,
    ]);
  });

  it("lists the KHTNV and the not rated with their reasons", () => {
    const failed = rowOf(sheet, "II. Danh sách cá nhân không hoàn thành nhiệm vụ (1)", 1);
    expect(rowValues(sheet, failed + 2, 1, 6)).toEqual([
      1,
      "Hoàng Kỷ Luật",
      "Phòng A",
      "Giáo viên",
      "Viên chức",
      "Kỷ luật (khiển trách)",
    ]);
    const notRated = rowOf(sheet, "III. Danh sách cá nhân không xếp loại (2)", 1);
    expect(rowValues(sheet, notRated + 2, 2, 6)).toEqual([
      "Phạm Mới Về",
      "Phòng A",
      null,
      "Công chức",
      "Công tác dưới 6 tháng trong năm",
    ]);
    expect(rowValues(sheet, notRated + 3, 2, 6)).toEqual([
      "Đỗ Đảng Viên",
      "Phòng A",
      null,
      "Đảng viên",
      "Đình chỉ sinh hoạt",
    ]);
    expect(sheet.merges).toContainEqual({ top: notRated + 2, left: 6, bottom: notRated + 2, right: 7 });
  });

  it("shows each reporting unit's status against its deadline", () => {
    const status = rowOf(sheet, "IV. Tình hình gửi báo cáo của các đơn vị", 1);
    expect(rowValues(sheet, status + 1, 1, 6)).toEqual([
      "STT",
      "Đơn vị",
      null,
      "Tình trạng",
      "Ngày gửi",
      "Hạn gửi",
    ]);
    expect(rowValues(sheet, status + 2, 1, 6)).toEqual([
      1,
      "Phòng A",
      null,
      "Đúng hạn",
      "20/11/2026",
      "25/11/2026",
    ]);
    expect(rowValues(sheet, status + 3, 1, 6)).toEqual([
      2,
      "Phòng B",
      null,
      "Gửi muộn",
      "28/11/2026",
      "25/11/2026",
    ]);
    expect(rowValues(sheet, status + 4, 1, 6)).toEqual([3, "Phòng C", null, "Chưa gửi", null, "25/11/2026"]);
  });

  it("says so when a list is empty, and leaves out the status without any", () => {
    const empty = buildReport(
      singleUnitInput({ units: [{ name: "X", summary: summarizeUnit(PersonTable.fromPeople([])) }] }),
    ).sheets[2]!;
    expect(empty.cells.filter((c) => c.value === "(Không có)")).toHaveLength(3);
    expect(empty.cells.some((c) => typeof c.value === "string" && c.value.startsWith("IV."))).toBe(false);
  });
});
