import type { ReportModelAnswer } from "../http/answers.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { consolidatedReport } from "../report/reportModel.js";
import { readTree } from "../storage/units.js";
import { settlingOf } from "./settling.js";

/**
 * `GET …/report.json` (a reviewer of the unit or above): the same report model as `report.xlsx`,
 * as data, for the task pane to draw into the open workbook with Office.js.
 */
export const getReportModel = httpFunction({
  name: "getReportModel",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/report.json",
  handler: endpoint(async (call) => {
    const { year, unit, model } = await consolidatedReport(call);
    const settling = await settlingOf(
      call.services.store,
      await readTree(call.services.store),
      year,
      unit.id,
    );
    return { status: 200, jsonBody: { model, ...settling } satisfies ReportModelAnswer };
  }),
});
