import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { QuotaPerson, QuotaResult } from "../../../shared/quota/types.js";
import { selectCell } from "../../excel/adapter.js";
import type { TabProps } from "../App.js";
import { PersonButtons } from "../components/PersonButtons.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import { scopeName } from "../scopeName.js";
import { useFreshCheck } from "../useFreshCheck.js";

const useStyles = makeStyles({
  scopes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scope: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { overflowWrap: "break-word" },
  numbers: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8em, 1fr))",
    columnGap: tokens.spacingHorizontalM,
  },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  outside: { display: "flex", flexDirection: "column", marginTop: tokens.spacingVerticalXS },
});

/** Who falls outside a scope's quota, each selecting their row. */
function Outside(props: { result: QuotaResult }) {
  const styles = useStyles();
  const { t, task, services } = usePane();
  const detail = (p: QuotaPerson) =>
    [p.votes !== undefined && `${p.votes} ${t("votes")}`, p.score !== undefined && `${p.score} ${t("score")}`]
      .filter(Boolean)
      .join(", ");
  return (
    <div className={styles.outside} data-testid="outside-quota">
      <Text size={200}>{t("outsideQuota")}</Text>
      <PersonButtons
        people={props.result.people.filter((p) => !p.withinQuota)}
        detail={detail}
        testId="outside-person"
        onSelect={(p) => void task("working", () => services.run((c) => selectCell(c, p.sheet, `A${p.row}`)))}
      />
    </div>
  );
}

/** One scope as a block that fits a narrow pane: its name on its own line, the numbers beneath. */
function Scope(props: { result: QuotaResult }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const r = props.result;
  const numbers = [
    ["excellent", r.excellent],
    ["base", r.base],
    ["allowed", r.allowed],
    ["excess", r.excess],
  ] as const;
  return (
    <div className={styles.scope} data-testid="quota-row">
      <Text weight="semibold" className={styles.title} data-testid="quota-scope">
        {scopeName(r, lang)}
      </Text>
      <div className={styles.numbers}>
        {numbers.map(([key, n]) => (
          <Text
            key={key}
            size={200}
            className={key === "excess" && n > 0 ? styles.over : undefined}
            data-testid={`quota-${key}`}
          >
            {t(key)}: {n}
          </Text>
        ))}
      </div>
      {r.excess > 0 && <Outside result={r} />}
    </div>
  );
}

export function QuotaTab({ workbook }: TabProps) {
  const styles = useStyles();
  const { t, task, busy } = usePane();
  const fresh = useFreshCheck(workbook);
  const results = workbook.lastCheck?.result.quota;
  return (
    <Section intro={t("quotaIntro")}>
      <div>
        <Button
          appearance="primary"
          disabled={!!busy}
          onClick={() => void task("stepRead", fresh)}
          data-testid="quota"
        >
          {t("quotaCheck")}
        </Button>
      </div>
      {results && results.length === 0 && <Text>{t("noQuota")}</Text>}
      {results && results.length > 0 && (
        <div className={styles.scopes} data-testid="quota-table">
          {results.every((r) => r.excess === 0) && <Text>{t("quotaOk")}</Text>}
          {results.map((r) => (
            <Scope key={`${r.scope}:${r.key}:${r.population ?? ""}`} result={r} />
          ))}
        </div>
      )}
    </Section>
  );
}
