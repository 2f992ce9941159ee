import type { MeAnswer } from "../http/answers.js";
import { endpoint } from "../http/endpoint.js";
import { RequestProblem } from "../http/problem.js";
import { httpFunction } from "../registry.js";
import { readTree } from "../storage/units.js";

/**
 * `GET /api/me` (anyone signed in): who the bearer token says the caller is, with the names of its
 * unit and of the unit above from the tree. The task pane asks once after sign-in, to know the unit
 * it submits for and whether to offer the reviewer's views.
 */
export const getMe = httpFunction({
  name: "getMe",
  methods: ["GET"],
  route: "me",
  handler: endpoint(async ({ services, caller }) => {
    const who = await caller();
    const tree = await readTree(services.store);
    const unit = tree.units.get(who.unitId);
    if (!unit)
      throw new RequestProblem(404, {
        vi: `Đơn vị "${who.unitId}" của tài khoản không có trong cây đơn vị; hãy báo quản trị viên.`,
        en: `The account's unit "${who.unitId}" is not in the agency tree; tell the administrator.`,
      });
    const parent = unit.parentId ? tree.units.get(unit.parentId) : undefined;
    const me: MeAnswer = {
      subject: who.subject,
      roles: who.roles,
      unitId: unit.id,
      unitName: unit.name,
      ...(parent ? { parentId: parent.id, parentName: parent.name } : {}),
    };
    return { status: 200, jsonBody: me };
  }),
});
