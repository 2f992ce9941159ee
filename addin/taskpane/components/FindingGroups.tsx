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
import type { WorkbookCheck } from "../../excel/checkWorkbook.js";
import { selectCell } from "../../excel/adapter.js";
import { findingCell, findingPeople } from "../findingPeople.js";
import { usePane } from "../pane.js";
import { PersonButtons } from "./PersonButtons.js";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "break-word",
  },
  where: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "pre-wrap" },
  people: { paddingLeft: tokens.spacingHorizontalL },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const COLORS = { error: "danger", warning: "important", info: "informative" } as const;
const PAGE = 100;

/** The cell a click selects: the finding's own, or column A of the first row of a group finding. */
function target(f: Finding): string | undefined {
  const row = f.row ?? f.rows?.[0];
  return f.sheet === undefined || row === undefined ? undefined : `${f.column ?? "A"}${row}`;
}

function Item(props: { finding: Finding; check: WorkbookCheck | undefined }) {
  const styles = useStyles();
  const { task, services } = usePane();
  const f = props.finding;
  const address = target(f);
  const people = findingPeople(f, props.check);
  const label = [findingCell(f), f.person].filter(Boolean).join(" ");
  const select = (sheet: string, cell: string) =>
    void task("working", () => services.run((context) => selectCell(context, sheet, cell)));
  return (
    <div data-testid="finding-item">
      <Button
        appearance="subtle"
        className={styles.item}
        disabled={address === undefined}
        onClick={() => address && select(f.sheet!, address)}
        data-testid="finding"
        data-cell={findingCell(f)}
      >
        {label && <span className={styles.where}>{`${label}: `}</span>}
        <span data-testid="finding-message">{f.message}</span>
      </Button>
      {people.length > 0 && (
        <div className={styles.people}>
          <PersonButtons people={people} onSelect={(p) => select(p.sheet, `A${p.row}`)} />
        </div>
      )}
    </div>
  );
}

function Group(props: { findings: Finding[]; check: WorkbookCheck | undefined }) {
  const { t } = usePane();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      {props.findings.slice(0, shown).map((f, i) => (
        <Item key={i} finding={f} check={props.check} />
      ))}
      {props.findings.length > shown && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          {t("showMore", { n: Math.min(PAGE, props.findings.length - shown) })}
        </Button>
      )}
    </>
  );
}

/**
 * Findings by severity, each with its count; a finding that points at a cell selects it when clicked,
 * and a group finding lists the people it concerns, each selecting their row.
 */
export function FindingGroups(props: { findings: readonly Finding[]; check?: WorkbookCheck }) {
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
            <Group findings={g.findings} check={props.check} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
