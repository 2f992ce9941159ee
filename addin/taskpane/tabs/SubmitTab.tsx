import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { submissionFromSheets } from "../../../shared/submission/fromSheets.js";
import type { Submission } from "../../../shared/submission/schema.js";
import { ApiError, type StoredSubmission } from "../../backend/client.js";
import type { TabProps } from "../App.js";
import { Section } from "../components/Section.js";
import { showTime } from "../dates.js";
import { usePane } from "../pane.js";
import type { Receipt } from "../stored.js";
import { useFreshCheck } from "../useFreshCheck.js";
import { Comparison } from "../components/Comparison.js";
import { SignIn } from "./SignIn.js";

interface Pending {
  year: number;
  unitId: string;
  body: Submission;
  /** The same on every retry of one submission, so that it is applied once. */
  key: string;
  /** The version it replaces, the same on every retry. */
  ifMatch?: string;
}

type Ask =
  | { kind: "errors"; count: number; pending: Pending }
  | { kind: "conflict"; pending: Pending; version?: number; time?: string; etag?: string }
  | { kind: "reloaded"; pending: Pending; latest: StoredSubmission };

/** What the workbook keeps of a version on the server: its ETag goes with the next submission. */
const receiptOf = (pending: Pending, answer: Omit<StoredSubmission, "submittedBy">): Receipt => ({
  unitId: pending.unitId,
  year: pending.year,
  version: answer.version,
  etag: answer.etag,
  submittedAt: answer.submittedAt,
  people: answer.summary.people,
});

/** No answer, or one that says to try again: the submission may or may not have been stored. */
const undecided = (error: unknown) =>
  !(error instanceof ApiError) ||
  error.status === 0 ||
  error.status === 408 ||
  error.status === 429 ||
  error.status >= 500;

const sameSend = (a: Pending, b: Omit<Pending, "key">) =>
  a.year === b.year && a.unitId === b.unitId && JSON.stringify(a.body) === JSON.stringify(b.body);

export function SubmitTab({ workbook, session }: TabProps) {
  const { t, task, services, notify, lang, busy } = usePane();
  const fresh = useFreshCheck(workbook);
  const [ask, setAsk] = useState<Ask>();
  /** A submission sent without a definitive answer (503, no answer): sending it again retries it. */
  const unsent = useRef<Pending>(undefined);
  const unitId = workbook.paneSettings.unitId ?? session.me?.unitId;

  const send = async (pending: Pending) => {
    setAsk(undefined);
    unsent.current = pending;
    const done = await task("working", async () => {
      try {
        const receipt = await session.api.putSubmission(pending.year, pending.unitId, pending.body, {
          idempotencyKey: pending.key,
          ...(pending.ifMatch ? { ifMatch: pending.ifMatch } : {}),
        });
        unsent.current = undefined;
        return receipt;
      } catch (error) {
        if (!undecided(error)) unsent.current = undefined;
        if (!(error instanceof ApiError && error.conflict)) throw error;
        const latest = await session.api.getSubmission(pending.year, pending.unitId);
        setAsk({
          kind: "conflict",
          pending,
          ...(latest ? { version: latest.version, time: latest.submittedAt, etag: latest.etag } : {}),
        });
        return undefined;
      }
    });
    if (!done) return;
    await workbook.saveReceipt(receiptOf(pending, done));
    const values = {
      version: done.version,
      time: showTime(done.submittedAt),
      people: pending.body.people.length,
    };
    notify({ intent: "success", text: t("receipt", values) });
  };

  const knownEtag = (year: number, unit: string) => {
    const r = workbook.receipt;
    return r && r.unitId === unit && r.year === year ? r.etag : undefined;
  };

  const start = async () => {
    const checked = await task("stepRead", fresh);
    if (!checked || !unitId) return;
    if (!checked.result.usable) return notify({ intent: "warning", text: t("notARoster") });
    const body = submissionFromSheets(checked.sheets, workbook.settings, lang);
    if (body.people.length === 0) return notify({ intent: "warning", text: t("noPeopleToSend") });
    const year = checked.result.year;
    const ifMatch = knownEtag(year, unitId);
    const next = { year, unitId, body, ...(ifMatch ? { ifMatch } : {}) };
    const retry = unsent.current && sameSend(unsent.current, next) ? unsent.current : undefined;
    const pending: Pending = retry ?? { ...next, key: services.newKey() };
    const errors = checked.result.findings.filter((f) => f.severity === "error").length;
    if (errors > 0) return setAsk({ kind: "errors", count: errors, pending });
    await send(pending);
  };

  /** Tải lại: the unit's latest version beside the workbook; only a replacement from here takes its ETag. */
  const reload = async (pending: Pending) => {
    setAsk(undefined);
    const got = await task("working", async () => ({
      latest: await session.api.getSubmission(pending.year, pending.unitId),
    }));
    if (!got) return;
    if (!got.latest) return notify({ intent: "info", text: t("nothingOnServer") });
    setAsk({ kind: "reloaded", pending, latest: got.latest });
  };

  /** A replacement is a new submission: its own key, and the ETag of the version the clerk saw. */
  const replace = (pending: Pending, etag: string) =>
    void send({ ...pending, key: services.newKey(), ifMatch: etag });

  return (
    <Section intro={t("submitIntro")}>
      <SignIn session={session} role="clerk" {...(unitId ? { unitId } : {})} />
      {session.me && (
        <div>
          <Button
            appearance="primary"
            disabled={!!busy || !unitId}
            onClick={() => void start()}
            data-testid="submit"
          >
            {t("submit")}
          </Button>
        </div>
      )}
      {workbook.receipt && (
        <Text size={200} data-testid="last-receipt">
          {t("lastReceipt", {
            version: workbook.receipt.version,
            time: showTime(workbook.receipt.submittedAt),
            people: workbook.receipt.people,
          })}
        </Text>
      )}
      <Dialog open={ask !== undefined} onOpenChange={(_, d) => !d.open && setAsk(undefined)}>
        <DialogSurface data-testid="submit-dialog">
          <DialogBody>
            <DialogTitle>{ask?.kind === "errors" ? t("submit") : t("conflictTitle")}</DialogTitle>
            <DialogContent>
              {ask?.kind === "errors" && t("submitWithErrors", { n: ask.count })}
              {ask?.kind === "conflict" &&
                t("conflictBody", {
                  version: ask.version ?? "?",
                  time: ask.time ? showTime(ask.time) : "?",
                })}
              {ask?.kind === "reloaded" && (
                <Comparison latest={ask.latest} people={ask.pending.body.people} />
              )}
            </DialogContent>
            <DialogActions>
              {ask?.kind === "errors" && (
                <Button appearance="primary" onClick={() => void send(ask.pending)}>
                  {t("sendAnyway")}
                </Button>
              )}
              {ask?.kind === "conflict" && (
                <>
                  <Button appearance="primary" onClick={() => void reload(ask.pending)} data-testid="reload">
                    {t("reload")}
                  </Button>
                  {ask.etag && (
                    <Button onClick={() => replace(ask.pending, ask.etag!)} data-testid="replace">
                      {t("replace")}
                    </Button>
                  )}
                </>
              )}
              {ask?.kind === "reloaded" && (
                <Button
                  appearance="primary"
                  onClick={() => replace(ask.pending, ask.latest.etag)}
                  data-testid="replace"
                >
                  {t("replace")}
                </Button>
              )}
              <Button onClick={() => setAsk(undefined)} data-testid="cancel">
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Section>
  );
}
