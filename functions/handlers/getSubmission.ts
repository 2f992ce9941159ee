import { mustRead } from "../auth/access.js";
import type { SubmissionAnswer } from "../http/answers.js";
import { endpoint } from "../http/endpoint.js";
import { RequestProblem } from "../http/problem.js";
import { httpFunction } from "../registry.js";
import { readHistory, readVersion } from "../storage/submissions.js";
import { readTree } from "../storage/units.js";
import { periodUnit } from "./period.js";

/** `GET …/submission`: the latest version, with its ETag. */
export const getSubmission = httpFunction({
  name: "getSubmission",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/submission",
  handler: endpoint(async ({ request, services, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const { year, unit } = periodUnit(request, tree, who);
    mustRead(who, unit.id, tree);
    const v = await readVersion(services.store, year, unit.id);
    if (!v)
      throw new RequestProblem(404, {
        vi: `Đơn vị "${unit.name}" chưa gửi kết quả năm ${year}.`,
        en: `Unit "${unit.name}" has not submitted for ${year}.`,
      });
    return { status: 200, headers: { ETag: v.etag }, jsonBody: v satisfies SubmissionAnswer };
  }),
});

/** `GET …/submission/history`: every version, with who sent it and when. */
export const getHistory = httpFunction({
  name: "getHistory",
  methods: ["GET"],
  route: "periods/{year}/units/{unitId}/submission/history",
  handler: endpoint(async ({ request, services, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const { year, unit } = periodUnit(request, tree, who);
    mustRead(who, unit.id, tree);
    return { status: 200, jsonBody: { versions: await readHistory(services.store, year, unit.id) } };
  }),
});
