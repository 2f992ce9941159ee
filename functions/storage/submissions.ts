import { createHash, randomUUID } from "node:crypto";
import type { TransactionAction } from "@azure/data-tables";
import type { SubmissionAnswer } from "../../shared/api/answers.js";
import type { QuotaResult } from "../../shared/quota/index.js";
import type { Submission } from "../../shared/submission/schema.js";
import type { UnitSummary } from "../../shared/summary/index.js";
import { RequestProblem } from "../http/problem.js";
import { periodPartition as partition } from "./keys.js";
import { pendingAction } from "./outbox.js";
import { countsOnly } from "./rollups.js";
import { blobDeadline, statusOf, storageCall, type Store } from "./store.js";

/** What the back end answers for a version (the HTTP contract's shape): the summary and quota it worked out, and its ETag. */
export type SubmissionVersion = SubmissionAnswer;

type VersionEntity = {
  partitionKey: string;
  rowKey: string;
  version: number;
  submittedAt: string;
  submittedBy: string;
  blob: string;
  /**
   * The summary's counts (JSON, a few KB), which the roll-up adds up: kept in the row so that the
   * roll-up reads one table only. Absent from versions stored before it was kept.
   */
  counts?: string;
};

const LATEST = "latest";
/** An Idempotency-Key's row: the client's own text, hashed so that any text makes a valid key. */
const keyRow = (key: string) => `idem-${createHash("sha256").update(key).digest("hex")}`;

/**
 * `bodyHash` is the SHA-256 of the request's content as validated: the same key sent with another
 * body is a client's mistake, not a retry (IETF Idempotency-Key draft: 422).
 */
type AnswerEntity = {
  partitionKey: string;
  rowKey: string;
  version: number;
  status: number;
  bodyHash?: string;
};

/** The fingerprint of a submission kept with its Idempotency-Key. */
export const bodyHashOf = (submission: Submission) =>
  createHash("sha256").update(JSON.stringify(submission)).digest("base64");

/** The answer first given for an Idempotency-Key of this unit and year, if any. */
export async function readAnswer(
  store: Store,
  year: number,
  unitId: string,
  key: string,
): Promise<{ version: number; status: number; bodyHash?: string } | undefined> {
  return storageCall(async () => {
    try {
      const e = await store.submissions.getEntity<AnswerEntity>(partition(year, unitId), keyRow(key));
      return { version: e.version, status: e.status, ...(e.bodyHash ? { bodyHash: e.bodyHash } : {}) };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  });
}
const versionKey = (version: number) => `v${String(version).padStart(6, "0")}`;

/** The ETag a client sends back in If-Match: the version it read. */
export const etagOf = (version: number) => `"${version}"`;

async function readBlob(store: Store, name: string): Promise<{ summary: UnitSummary; quota: QuotaResult[] }> {
  const buffer = await store.people
    .getBlockBlobClient(name)
    .downloadToBuffer(undefined, undefined, { abortSignal: blobDeadline() });
  const doc = JSON.parse(buffer.toString("utf8")) as { summary: UnitSummary; quota: QuotaResult[] };
  return { summary: doc.summary, quota: doc.quota };
}

async function latestEntity(store: Store, year: number, unitId: string) {
  try {
    return await store.submissions.getEntity<VersionEntity>(partition(year, unitId), LATEST);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** What the roll-up needs of a unit's latest version: its number, date and counts. */
export async function readLatestCounts(
  store: Store,
  year: number,
  unitId: string,
): Promise<{ version: number; submittedAt: string; counts: UnitSummary } | undefined> {
  const e = await storageCall(() => latestEntity(store, year, unitId));
  if (!e) return undefined;
  const counts = e.counts
    ? (JSON.parse(e.counts) as UnitSummary)
    : (await storageCall(() => readBlob(store, e.blob))).summary;
  return { version: e.version, submittedAt: e.submittedAt, counts };
}

/** The latest version of a unit's submission, or the version asked for. */
export async function readVersion(
  store: Store,
  year: number,
  unitId: string,
  version?: number,
): Promise<SubmissionVersion | undefined> {
  return storageCall(async () => {
    const e =
      version === undefined
        ? await latestEntity(store, year, unitId)
        : await store.submissions.getEntity<VersionEntity>(partition(year, unitId), versionKey(version));
    if (!e) return undefined;
    return { ...pick(e), ...(await readBlob(store, e.blob)) };
  });
}

function pick(e: VersionEntity) {
  return {
    version: e.version,
    etag: etagOf(e.version),
    submittedAt: e.submittedAt,
    submittedBy: e.submittedBy,
  };
}

export async function readHistory(
  store: Store,
  year: number,
  unitId: string,
): Promise<{ version: number; etag: string; submittedAt: string; submittedBy: string }[]> {
  return storageCall(async () => {
    const out = [];
    for await (const e of store.submissions.listEntities<VersionEntity>({
      queryOptions: {
        filter: `PartitionKey eq '${partition(year, unitId)}' and RowKey ge 'v' and RowKey lt 'w'`,
      },
    }))
      out.push(pick(e));
    return out.sort((a, b) => a.version - b.version);
  });
}

/**
 * Stores a new version: its people and derived figures in a blob, a row per version, and the
 * `latest` row moved on with an ETag condition, so two writers never both win; the roll-up still to
 * do (outbox.ts) is in the same transaction. `ifMatch` must name the latest version when there is
 * one (412 when stale, 428 when missing).
 */
export async function writeVersion(
  store: Store,
  year: number,
  unitId: string,
  submission: Submission,
  derived: { summary: UnitSummary; quota: QuotaResult[] },
  by: string,
  ifMatch: string | null,
  now: Date,
  idempotencyKey?: string,
): Promise<SubmissionVersion> {
  return storageCall(async () => {
    const latest = await latestEntity(store, year, unitId);
    if (latest && ifMatch === null)
      throw new RequestProblem(428, {
        vi: "Đơn vị đã gửi kết quả; muốn thay thế phải gửi kèm If-Match với ETag của lần gửi đang có.",
        en: "This unit has already submitted; replacing it needs If-Match with the current ETag.",
      });
    if ((latest && ifMatch !== etagOf(latest.version) && ifMatch !== "*") || (!latest && ifMatch !== null))
      throw stale(latest?.version);
    const version = (latest?.version ?? 0) + 1;
    // One blob per attempt: two writers racing for the same version never share a blob, so the
    // version row always points at the people of the request that won.
    const blob = `${year}/${unitId}/${versionKey(version)}-${randomUUID()}.json`;
    const body = JSON.stringify({ people: submission.people, settings: submission.settings, ...derived });
    await store.people.getBlockBlobClient(blob).upload(body, Buffer.byteLength(body), {
      blobHTTPHeaders: { blobContentType: "application/json" },
      abortSignal: blobDeadline(),
    });
    const entity: VersionEntity = {
      partitionKey: partition(year, unitId),
      rowKey: versionKey(version),
      version,
      submittedAt: now.toISOString(),
      submittedBy: by,
      blob,
      counts: JSON.stringify(countsOnly(derived.summary)),
    };
    // The version row and the `latest` row share a partition: one transaction writes both or neither.
    const moveLatest: TransactionAction = latest
      ? ["update", { ...entity, rowKey: LATEST }, "Replace", { etag: latest.etag }]
      : ["create", { ...entity, rowKey: LATEST }];
    // The key's answer is written in the same transaction: a retry after a lost reply, or a
    // duplicate racing this one, finds it and is answered the same, never applied twice.
    const answer: TransactionAction[] = idempotencyKey
      ? [
          [
            "create",
            {
              partitionKey: entity.partitionKey,
              rowKey: keyRow(idempotencyKey),
              version,
              status: version === 1 ? 201 : 200,
              bodyHash: bodyHashOf(submission),
            } satisfies AnswerEntity,
          ],
        ]
      : [];
    try {
      await store.submissions.submitTransaction([
        ["create", entity],
        moveLatest,
        pendingAction(year, unitId, version),
        ...answer,
      ]);
    } catch (error) {
      // A transaction whose answer was lost (past its deadline, or tried again by the SDK after it
      // was applied) may stand: the `latest` row names this attempt's own blob only then.
      if (await applied(store, year, unitId, blob)) return { ...pick(entity), ...derived };
      const status = statusOf(error);
      if (status === 409 || status === 412) throw stale(latest?.version);
      throw error;
    }
    return { ...pick(entity), ...derived };
  });
}

/** Tries of `applied`: storage that lost one answer is often slow to give the next. */
const APPLIED_TRIES = 3;

/** Whether the unit's latest version is the one whose people are in `blob`; unknown counts as no. */
async function applied(store: Store, year: number, unitId: string, blob: string): Promise<boolean> {
  for (let i = 0; i < APPLIED_TRIES; i++) {
    try {
      return (await latestEntity(store, year, unitId))?.blob === blob;
    } catch {
      await new Promise((r) => setTimeout(r, 250 * (i + 1)));
    }
  }
  return false;
}

function stale(current: number | undefined): RequestProblem {
  return new RequestProblem(412, {
    vi: `Kết quả của đơn vị đã được gửi lại bởi người khác (phiên bản ${current ?? "mới"}): hãy tải lại hoặc chọn thay thế.`,
    en: `The unit's result was submitted again by someone else (version ${current ?? "new"}): reload it, or choose to replace it.`,
  });
}
