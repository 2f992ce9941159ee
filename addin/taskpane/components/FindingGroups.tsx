import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Severity } from "../../../shared/findings.js";
import { selectCell } from "../../excel/adapter.js";
import { usePane } from "../pane.js";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const COLORS = { error: "danger", warning: "important", info: "informative" } as const;
const PAGE = 100;

function where(f: Finding): string {
  if (f.row !== undefined) return `${f.sheet ?? ""}!${f.column ?? ""}${f.row}`;
  return f.sheet ?? "";
}

/** The cell a click selects: the finding's own, or column A of the first row of a group finding. */
function target(f: Finding): string | undefined {
  const row = f.row ?? f.rows?.[0];
  return f.sheet === undefined || row === undefined ? undefined : `${f.column ?? "A"}${row}`;
}

function Group(props: { findings: Finding[] }) {
  const styles = useStyles();
  const { t, task, services } = usePane();
  const [shown, setShown] = useState(PAGE);
  const select = (f: Finding, address: string) =>
    task("working", () => services.run((context) => selectCell(context, f.sheet!, address)));
  return (
    <>
      {props.findings.slice(0, shown).map((f, i) => {
        const address = target(f);
        return (
          <Button
            key={i}
            appearance="subtle"
            className={styles.item}
            disabled={address === undefined}
            onClick={() => address && void select(f, address)}
            data-testid="finding"
            data-cell={where(f)}
          >
            <span className={styles.where}>{where(f)}</span>
            {f.message}
          </Button>
        );
      })}
      {props.findings.length > shown && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          {t("showMore", { n: Math.min(PAGE, props.findings.length - shown) })}
        </Button>
      )}
    </>
  );
}

/** Findings by severity, each with its count; a finding that points at a cell selects it when clicked. */
export function FindingGroups(props: { findings: readonly Finding[] }) {
  const { t } = usePane();
  const groups = SEVERITIES.map((severity) => ({
    severity,
    findings: props.findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
  if (groups.length === 0) return <Text>{t("noFindings")}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={groups[0]!.severity}>
      {groups.map((g) => (
        <AccordionItem key={g.severity} value={g.severity} data-testid={`group-${g.severity}`}>
          <AccordionHeader>
            {t(g.severity)}&nbsp;
            <CounterBadge count={g.findings.length} color={COLORS[g.severity]} overflowCount={99_999} />
          </AccordionHeader>
          <AccordionPanel>
            <Group findings={g.findings} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
