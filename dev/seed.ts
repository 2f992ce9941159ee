import { readSheet } from "../shared/roster/readSheet.js";
import type { CellValue } from "../shared/cells.js";
import { submittedPeople } from "../shared/submission/fromRoster.js";
import { deriveSubmission } from "../shared/submission/derive.js";
import { DEMO_ROSTERS } from "../cli/demoRosters.js";
import { WARD_2026 } from "../cli/demoWard.js";
import type { RosterSheetSpec } from "../xlsx/rosterWorkbook.js";
import { plainCellValue } from "../xlsx/cellValue.js";
import { settleUnit } from "../functions/storage/settle.js";
import type { Store } from "../functions/storage/store.js";
import { readVersion, writeVersion } from "../functions/storage/submissions.js";
import { putUnits, readTree, type UnitTree } from "../functions/storage/units.js";

const YEAR = 2026;

const TREE = [
  { id: "ubnd-tinh", name: "UBND tỉnh Quảng Ngãi", parentId: null },
  { id: "so-noi-vu", name: "Sở Nội vụ", parentId: "ubnd-tinh", deadline: `${YEAR}-11-30` },
  { id: "so-tai-chinh", name: "Sở Tài chính", parentId: "ubnd-tinh", deadline: `${YEAR}-11-30` },
  { id: "snv-to-chuc", name: "Phòng Tổ chức cán bộ", parentId: "so-noi-vu", deadline: `${YEAR}-11-25` },
  {
    id: "snv-ke-hoach",
    name: "Phòng Kế hoạch - Tài chính",
    parentId: "so-noi-vu",
    deadline: `${YEAR}-11-25`,
  },
  { id: "phuong-cam-thanh", name: WARD_2026.unitName, parentId: "ubnd-tinh", deadline: `${YEAR}-11-30` },
];
const WARD_UNIT = "phuong-cam-thanh";

/** A demonstration sheet's cells as a clerk's workbook holds them: title rows, the header's rows, the rows. */
function sheetCells(sheet: RosterSheetSpec): CellValue[][] {
  const twoRows = sheet.header.some((h) => typeof h !== "string");
  const top = sheet.header.flatMap((h) =>
    typeof h === "string" ? [h] : h.sub.map((_, i) => (i === 0 ? h.group : null)),
  );
  const sub = sheet.header.flatMap((h) => (typeof h === "string" ? [null] : [...h.sub]));
  return [
    ...(sheet.titleRows ?? []).map((t) => [t]),
    top,
    ...(twoRows ? [sub] : []),
    ...[...sheet.rows].map((r) => ("section" in r ? [r.section] : r.map(plainCellValue))),
  ];
}

/** Writes a unit's submission of the people on `sheets` and rolls it up, as a clerk's sending would. */
async function submitDemo(
  store: Store,
  tree: UnitTree,
  unitId: string,
  sheets: readonly RosterSheetSpec[],
  at: string,
): Promise<void> {
  const people = submittedPeople(sheets.flatMap((sheet) => readSheet(sheet.name, sheetCells(sheet)).people));
  const submission = { people };
  const unit = tree.units.get(unitId)!;
  const derived = deriveSubmission(submission, YEAR, unit.name);
  if (!(await readVersion(store, YEAR, unit.id)))
    await writeVersion(store, YEAR, unit.id, submission, derived, "demo", null, new Date(at));
  await settleUnit(store, tree, YEAR, unit.id);
}

/**
 * When the store holds no unit: a small tree (province → departments → offices, and a ward that
 * reports straight to the province), one office's submission made from the demonstration roster
 * and the ward's 2026 roster (rated by score) with the shared engine, rolled up the tree.
 */
export async function seedDemo(
  store: Store,
): Promise<{ created: boolean; root: string; submittedUnit: string; waitingUnit: string; year: number }> {
  const done = { root: "ubnd-tinh", submittedUnit: "snv-to-chuc", waitingUnit: "snv-ke-hoach", year: YEAR };
  if ((await readTree(store)).units.size > 0) return { created: false, ...done };
  const { tree } = await putUnits(store, TREE);
  await submitDemo(store, tree, done.submittedUnit, [DEMO_ROSTERS[0]!.sheet], `${YEAR}-11-20T08:00:00Z`);
  await submitDemo(store, tree, WARD_UNIT, WARD_2026.sheets, `${YEAR}-11-27T08:00:00Z`);
  return { created: true, ...done };
}
