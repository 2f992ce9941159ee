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
import { useState } from "react";
import { submissionFromSheets } from "../../../shared/submission/fromSheets.js";
import type { Submission } from "../../../shared/submission/schema.js";
import { ApiError, type StoredSubmission } from "../../backend/client.js";
import type { TabProps } from "../App.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import type { Receipt } from "../stored.js";
import { useFreshCheck } from "../useFreshCheck.js";
import { SignIn } from "./SignIn.js";

interface Pending {
  year: number;
  unitId: string;
  body: Submission;
  /** One key per attempt: a retry after a lost answer is applied once. */
  key: string;
}

type Ask =
  | { kind: "errors"; count: number; pending: Pending }
  | { kind: "conflict"; pending: Pending; version?: number; time?: string; etag?: string };

/** What the workbook keeps of a version on the server: its ETag goes with the next submission. */
const receiptOf = (pending: Pending, answer: Omit<StoredSubmission, "submittedBy">): Receipt => ({
  unitId: pending.unitId,
  year: pending.year,
  version: answer.version,
  etag: answer.etag,
  submittedAt: answer.submittedAt,
  people: answer.summary.people,
});

const time = (iso: string, lang: string) => new Date(iso).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB");

export function SubmitTab({ workbook, session }: TabProps) {
  const { t, task, services, notify, lang, busy } = usePane();
  const fresh = useFreshCheck(workbook);
  const [ask, setAsk] = useState<Ask>();
  const unitId = workbook.paneSettings.unitId ?? session.me?.unitId;

  const send = async (pending: Pending, ifMatch: string | undefined) => {
    setAsk(undefined);
    const done = await task("working", async () => {
      try {
        return await session.api.putSubmission(pending.year, pending.unitId, pending.body, {
          idempotencyKey: pending.key,
          ...(ifMatch ? { ifMatch } : {}),
        });
      } catch (error) {
        if (!(error instanceof ApiError && error.conflict)) throw error;
        const latest = await session.api.getSubmission(pending.year, pending.unitId);
        setAsk({
          kind: "conflict",
          pending: { ...pending, key: services.newKey() },
          ...(latest ? { version: latest.version, time: latest.submittedAt, etag: latest.etag } : {}),
        });
        return undefined;
      }
    });
    if (!done) return;
    const people = pending.body.people.length;
    await workbook.saveReceipt(receiptOf(pending, done));
    const values = { version: done.version, time: time(done.submittedAt, lang), people };
    notify({ intent: "success", text: t("receipt", values) });
  };

  const start = async () => {
    const checked = await task("stepRead", fresh);
    if (!checked || !unitId) return;
    if (!checked.result.usable) return notify({ intent: "warning", text: t("notARoster") });
    const body = submissionFromSheets(checked.sheets, workbook.settings, lang);
    if (body.people.length === 0) return notify({ intent: "warning", text: t("noPeopleToSend") });
    const pending: Pending = { year: checked.result.year, unitId, body, key: services.newKey() };
    const errors = checked.result.findings.filter((f) => f.severity === "error").length;
    if (errors > 0) return setAsk({ kind: "errors", count: errors, pending });
    await send(pending, knownEtag(pending));
  };

  const knownEtag = (p: Pending) => {
    const r = workbook.receipt;
    return r && r.unitId === p.unitId && r.year === p.year ? r.etag : undefined;
  };

  const reload = async (conflict: Extract<Ask, { kind: "conflict" }>) => {
    setAsk(undefined);
    const { pending } = conflict;
    const latest = await task("working", () => session.api.getSubmission(pending.year, pending.unitId));
    if (latest === undefined) return notify({ intent: "info", text: t("nothingOnServer") });
    await workbook.saveReceipt(receiptOf(pending, latest));
    notify({
      intent: "info",
      text: t("reloaded", {
        version: latest.version,
        time: time(latest.submittedAt, lang),
        people: latest.summary.people,
      }),
    });
  };

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
            time: time(workbook.receipt.submittedAt, lang),
            people: workbook.receipt.people,
          })}
        </Text>
      )}
      <Dialog open={ask !== undefined} onOpenChange={(_, d) => !d.open && setAsk(undefined)}>
        <DialogSurface data-testid="submit-dialog">
          <DialogBody>
            <DialogTitle>{ask?.kind === "conflict" ? t("conflictTitle") : t("submit")}</DialogTitle>
            <DialogContent>
              {ask?.kind === "errors" && t("submitWithErrors", { n: ask.count })}
              {ask?.kind === "conflict" &&
                t("conflictBody", {
                  version: ask.version ?? "?",
                  time: ask.time ? time(ask.time, lang) : "?",
                })}
            </DialogContent>
            <DialogActions>
              {ask?.kind === "errors" && (
                <Button appearance="primary" onClick={() => void send(ask.pending, knownEtag(ask.pending))}>
                  {t("sendAnyway")}
                </Button>
              )}
              {ask?.kind === "conflict" && (
                <>
                  <Button onClick={() => void reload(ask)} data-testid="reload">
                    {t("reload")}
                  </Button>
                  <Button
                    appearance="primary"
                    onClick={() => void send(ask.pending, ask.etag)}
                    data-testid="replace"
                  >
                    {t("replace")}
                  </Button>
                </>
              )}
              <Button onClick={() => setAsk(undefined)}>{t("cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Section>
  );
}
