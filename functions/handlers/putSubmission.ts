import { deriveSubmission } from "../../shared/submission/derive.js";
import { submissionSchema } from "../../shared/submission/schema.js";
import { mustSubmitFor } from "../auth/access.js";
import type { ReceiptAnswer } from "../http/answers.js";
import { readJson } from "../http/body.js";
import { RequestProblem } from "../http/problem.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { settleSoon } from "../storage/settle.js";
import {
  bodyHashOf,
  readAnswer,
  readVersion,
  writeVersion,
  type SubmissionVersion,
} from "../storage/submissions.js";
import { readTree } from "../storage/units.js";
import { periodUnit } from "./period.js";

function answer(status: number, v: SubmissionVersion) {
  return {
    status,
    headers: { ETag: v.etag },
    jsonBody: {
      version: v.version,
      etag: v.etag,
      submittedAt: v.submittedAt,
      summary: v.summary,
      quota: v.quota,
    } satisfies ReceiptAnswer,
  };
}

/**
 * `PUT /api/periods/{year}/units/{unitId}/submission` (a clerk of that unit). The summary and the
 * quota are worked out here from the people sent, never taken from the client. The version is
 * stored with its roll-up in the outbox (one transaction); the answer says it is stored. The roll-up
 * of every unit above is then tried at once and queued, and the timer completes it if both fail:
 * a fault after the version is written never leaves the totals behind, and never makes the answer 5xx.
 */
export const putSubmission = httpFunction({
  name: "putSubmission",
  methods: ["PUT"],
  route: "periods/{year}/units/{unitId}/submission",
  handler: endpoint(async ({ request, services, lang, caller }) => {
    const who = await caller();
    const { store } = services;
    const tree = await readTree(store);
    const { year, unit } = periodUnit(request, tree, who);
    mustSubmitFor(who, unit.id);
    const submission = await readJson(request, submissionSchema, lang);
    const key = request.headers.get("idempotency-key") ?? undefined;
    // A replay answers as the first time; its roll-up is the outbox's business, not the client's.
    const replay = async () => {
      const earlier = key && (await readAnswer(store, year, unit.id, key));
      if (earlier && earlier.bodyHash !== undefined && earlier.bodyHash !== bodyHashOf(submission))
        throw new RequestProblem(422, {
          vi: "Idempotency-Key này đã được dùng cho một nội dung khác: mỗi lần gửi mới cần một khóa mới.",
          en: "This Idempotency-Key was used with another body: each new submission needs a new key.",
        });
      const version = earlier && (await readVersion(store, year, unit.id, earlier.version));
      return earlier && version ? answer(earlier.status, version) : undefined;
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const derived = deriveSubmission(submission, year, unit.name);
    const ifMatch = request.headers.get("if-match");
    try {
      const v = await writeVersion(
        store,
        year,
        unit.id,
        submission,
        derived,
        who.subject,
        ifMatch,
        services.now(),
        key,
      );
      await settleSoon(store, tree, { year, unitId: unit.id, version: v.version });
      return answer(v.version === 1 ? 201 : 200, v);
    } catch (error) {
      // A duplicate of this request (same key) that was in flight and won the race has left its
      // answer in the same transaction as its version: give that answer, never 412 or 428.
      if (key && error instanceof RequestProblem && (error.status === 412 || error.status === 428))
        return (await replay()) ?? Promise.reject(error);
      throw error;
    }
  }),
});
