import { reportToBuffer } from "../../xlsx/renderReport.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { consolidatedReport } from "../report/reportModel.js";

/**
 * `GET …/report.xlsx` (a reviewer of the unit or above): the consolidated report workbook, drawn
 * with exceljs from the shared report model.
 */
export const getReport = httpFunction({
  name: "getReport",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/report.xlsx",
  handler: endpoint(async (call) => {
    const { year, unit, model } = await consolidatedReport(call);
    return {
      status: 200,
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="bao-cao-${year}-${unit.id}.xlsx"`,
      },
      body: new Uint8Array(await reportToBuffer(model)),
    };
  }),
});
