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
import { LEVELS } from "../../../shared/levels.js";
import type { Consolidated } from "../../backend/client.js";
import { renderReport } from "../../excel/renderReport.js";
import type { TabProps } from "../App.js";
import { levelName } from "../levelNames.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import type { StringKey } from "../strings.js";
import { SignIn } from "./SignIn.js";

const STATUS: Record<string, { key: StringKey; color: "success" | "warning" | "danger" }> = {
  submitted: { key: "statusSubmitted", color: "success" },
  late: { key: "statusLate", color: "warning" },
  missing: { key: "statusMissing", color: "danger" },
};

export function ConsolidateTab({ workbook, session }: TabProps) {
  const { t, task, services, notify, lang, busy } = usePane();
  const [year, setYear] = useState(
    String(workbook.paneSettings.settings.year ?? services.now().getFullYear()),
  );
  const [view, setView] = useState<Consolidated>();
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
                {view.children.map((child) => {
                  const status = STATUS[child.status]!;
                  return (
                    <TableRow key={child.unitId} data-testid="child" data-status={child.status}>
                      <TableCell>{child.name}</TableCell>
                      <TableCell>
                        <Badge appearance="tint" color={status.color}>
                          {t(status.key)}
                        </Badge>
                      </TableCell>
                      <TableCell>{child.summary?.people ?? "—"}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Section>
  );
}
