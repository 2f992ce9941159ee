import {
  Badge,
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber } from "../../../shared/i18n.js";
import { LEVELS } from "../../../shared/levels.js";
import { POPULATION_NAMES } from "../../../shared/quota/index.js";
import { statusText, type StatusState } from "../../../shared/report/index.js";
import type { Consolidated, PopulationQuota } from "../../backend/client.js";
import { renderReport } from "../../excel/renderReport.js";
import type { TabProps } from "../App.js";
import { levelName } from "../levelNames.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import { SignIn } from "./SignIn.js";

/** The badge colour of a status; its words are the report's (shared/report/unitStatus.ts). */
const STATUS_COLOR: Record<StatusState, "success" | "warning" | "danger" | "informative"> = {
  "on-time": "success",
  late: "warning",
  received: "informative",
  missing: "danger",
  consolidated: "informative",
};

export function ConsolidateTab({ workbook, session }: TabProps) {
  const { t, task, services, notify, lang, busy } = usePane();
  const [year, setYear] = useState(
    String(workbook.paneSettings.settings.year ?? services.now().getFullYear()),
  );
  const [view, setView] = useState<Consolidated>();
  const populationName = (q: PopulationQuota) =>
    q.population === "all" ? t("populationAll") : POPULATION_NAMES[q.population][lang];
  const unitId = session.me?.unitId ?? workbook.paneSettings.unitId;

  const load = async () => {
    if (!unitId) return;
    const got = await task("working", () => session.api.getConsolidated(Number(year), unitId));
    if (got) setView(got);
  };
  const insert = async () => {
    if (!unitId) return;
    const done = await task("working", async () => {
      const model = await session.api.getReportModel(Number(year), unitId);
      return services.run((context) => renderReport(context, model, { chart: true }));
    });
    if (done) notify({ intent: "success", text: t("reportInserted", { sheets: done.sheets.join(", ") }) });
  };

  return (
    <Section intro={t("consolidateIntro")}>
      <SignIn session={session} role="reviewer" {...(unitId ? { unitId } : {})} />
      {session.me && (
        <>
          <Field label={t("year")}>
            <Input
              type="number"
              value={year}
              onChange={(_, d) => setYear(d.value)}
              data-testid="consolidate-year"
            />
          </Field>
          <div>
            <Button
              appearance="primary"
              disabled={!!busy}
              onClick={() => void load()}
              data-testid="consolidate"
            >
              {t("consolidate")}
            </Button>{" "}
            <Button disabled={!!busy} onClick={() => void insert()} data-testid="insert-report">
              {t("insertReport")}
            </Button>
          </div>
        </>
      )}
      {view && (
        <>
          <Text weight="semibold" data-testid="consolidated-total">
            {t("totals", { people: view.total.people })}
          </Text>
          {view.settling && <Text data-testid="settling">{t("settling")}</Text>}
          <Table size="small">
            <TableBody>
              {LEVELS.map((level) => (
                <TableRow key={level}>
                  <TableCell>{levelName(level, lang)}</TableCell>
                  <TableCell>{view.total.byLevel[level]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {view.quota.length > 0 && (
            <>
              <Text>{t("quotaByUnits")}</Text>
              <Table size="small" data-testid="consolidated-quota">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("population")}</TableHeaderCell>
                    <TableHeaderCell>{t("excellent")}</TableHeaderCell>
                    <TableHeaderCell>{t("allowed")}</TableHeaderCell>
                    <TableHeaderCell>{t("over")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {view.quota.map((q) => (
                    <TableRow key={q.population} data-population={q.population}>
                      <TableCell>{populationName(q)}</TableCell>
                      <TableCell>{q.excellent}</TableCell>
                      <TableCell>{q.allowed}</TableCell>
                      <TableCell>{q.excess}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
          {view.approvedRates.length > 0 && (
            <Text data-testid="approved-rates">
              {t("approvedRates", {
                rates: view.approvedRates
                  .map((a) => `${a.name} ${formatNumber(a.rate * 100, lang)}%`)
                  .join(", "),
              })}
            </Text>
          )}
          {view.children.length === 0 ? (
            <Text>{t("noChildren")}</Text>
          ) : (
            <Table size="small" data-testid="children">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("unit")}</TableHeaderCell>
                  <TableHeaderCell>{t("status")}</TableHeaderCell>
                  <TableHeaderCell>{t("people")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.children.map((child) => (
                  <TableRow key={child.unitId} data-testid="child" data-status={child.status.state}>
                    <TableCell>{child.name}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={STATUS_COLOR[child.status.state]}>
                        {statusText(child.status, lang)}
                      </Badge>
                    </TableCell>
                    <TableCell>{child.summary?.people ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Section>
  );
}
