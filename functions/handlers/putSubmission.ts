import { deriveSubmission } from "../../shared/submission/derive.js";
import { submissionSchema } from "../../shared/submission/schema.js";
import { mustSubmitFor } from "../auth/access.js";
import { readJson } from "../http/body.js";
import { endpoint } from "../http/endpoint.js";
import { httpFunction } from "../registry.js";
import { forgetKey, rememberAnswer, replayOrReserve } from "../storage/idempotency.js";
import { rollUp } from "../storage/rollups.js";
import { readVersion, writeVersion, type SubmissionVersion } from "../storage/submissions.js";
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
    },
  };
}

/**
 * `PUT /api/periods/{year}/units/{unitId}/submission` (a clerk of that unit). The summary and the
 * quota are worked out here from the people sent, never taken from the client; the roll-up of every
 * unit above is brought up to date before the answer.
 */
export const putSubmission = httpFunction({
  name: "putSubmission",
  methods: ["PUT"],
  route: "periods/{year}/units/{unitId}/submission",
  handler: endpoint(async ({ request, services, lang, caller }) => {
    const who = await caller();
    const { store } = services;
    const tree = await readTree(store);
    const { year, unit } = periodUnit(request, tree);
    mustSubmitFor(who, unit.id);
    const submission = await readJson(request, submissionSchema, lang);
    const key = request.headers.get("idempotency-key");
    const settle = async (status: number, v: SubmissionVersion) => {
      await rollUp(store, tree, year, unit.id, {
        summary: v.summary,
        version: v.version,
        submittedAt: v.submittedAt,
      });
      return answer(status, v);
    };
    if (key) {
      // A replay answers as the first time; the roll-up is done again in case storage failed after
      // the version was written (it is worked out from the stored figures, so doing it twice is safe).
      const earlier = await replayOrReserve(store, year, unit.id, key);
      const version = earlier && (await readVersion(store, year, unit.id, earlier.version));
      if (earlier && version) return settle(earlier.status, version);
    }
    let written: SubmissionVersion;
    try {
      const derived = deriveSubmission(submission, year, unit.name);
      const ifMatch = request.headers.get("if-match");
      written = await writeVersion(
        store,
        year,
        unit.id,
        submission,
        derived,
        who.subject,
        ifMatch,
        services.now(),
      );
    } catch (error) {
      if (key) await forgetKey(store, year, unit.id, key);
      throw error;
    }
    const status = written.version === 1 ? 201 : 200;
    if (key) await rememberAnswer(store, year, unit.id, key, { status, version: written.version });
    return settle(status, written);
  }),
});
