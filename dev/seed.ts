import { readSheet } from "../shared/roster/readSheet.js";
import type { CellValue } from "../shared/cells.js";
import { submittedPeople } from "../shared/submission/fromRoster.js";
import { deriveSubmission } from "../shared/submission/derive.js";
import { DEMO_ROSTERS } from "../cli/demoRosters.js";
import { plainCellValue } from "../xlsx/cellValue.js";
import { rollUp } from "../functions/storage/rollups.js";
import type { Store } from "../functions/storage/store.js";
import { readVersion, writeVersion } from "../functions/storage/submissions.js";
import { putUnits, readTree } from "../functions/storage/units.js";

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
];

/** The demonstration roster's rows as a sheet's cells, header included, as a clerk's workbook holds them. */
function demoCells(): CellValue[][] {
  const sheet = DEMO_ROSTERS[0]!.sheet;
  const header = sheet.header.flatMap((h) =>
    typeof h === "string" ? [h] : h.sub.map((s) => `${h.group} ${s}`),
  );
  return [
    ...(sheet.titleRows ?? []).map((t) => [t]),
    header,
    ...[...sheet.rows].map((r) => ("section" in r ? [r.section] : r.map(plainCellValue))),
  ];
}

/**
 * When the store holds no unit: a small tree (province → departments → offices), and one office's
 * submission made from the demonstration roster with the shared engine, rolled up the tree.
 */
export async function seedDemo(
  store: Store,
): Promise<{ created: boolean; root: string; submittedUnit: string; waitingUnit: string; year: number }> {
  const done = { root: "ubnd-tinh", submittedUnit: "snv-to-chuc", waitingUnit: "snv-ke-hoach", year: YEAR };
  if ((await readTree(store)).units.size > 0) return { created: false, ...done };
  const tree = await putUnits(store, TREE);
  const people = submittedPeople(readSheet("Danh sách", demoCells()).people);
  const submission = { people };
  const unit = tree.units.get(done.submittedUnit)!;
  const derived = deriveSubmission(submission, YEAR, unit.name);
  const version =
    (await readVersion(store, YEAR, unit.id)) ??
    (await writeVersion(
      store,
      YEAR,
      unit.id,
      submission,
      derived,
      "demo",
      null,
      new Date(`${YEAR}-11-20T08:00:00Z`),
    ));
  await rollUp(store, tree, YEAR, unit.id, {
    summary: version.summary,
    version: version.version,
    submittedAt: version.submittedAt,
  });
  return { created: true, ...done };
}
