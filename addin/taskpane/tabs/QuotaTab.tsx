import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../../shared/i18n.js";
import { scopeTitle } from "../../../shared/quota/index.js";
import type { QuotaResult } from "../../../shared/quota/types.js";
import { selectCell } from "../../excel/adapter.js";
import type { TabProps } from "../App.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import { useFreshCheck } from "../useFreshCheck.js";

const useStyles = makeStyles({
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  people: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

const scopeLabel = (r: QuotaResult, lang: Lang): string => scopeTitle(r)[lang];

function Outside(props: { result: QuotaResult }) {
  const { t, task, services, lang } = usePane();
  const outside = props.result.people.filter((p) => !p.withinQuota);
  const details = (votes?: number, score?: number) =>
    [votes !== undefined && `${votes} ${t("votes")}`, score !== undefined && `${score} ${t("score")}`]
      .filter(Boolean)
      .join(", ");
  return (
    <div data-testid="outside-quota">
      <Text size={200} weight="semibold">
        {scopeLabel(props.result, lang)}
      </Text>
      <Text size={200}>{t("outsideQuota")}</Text>
      {outside.map((p) => (
        <Button
          key={`${p.sheet}!${p.row}`}
          appearance="subtle"
          size="small"
          data-testid="outside-person"
          onClick={() => void task("working", () => services.run((c) => selectCell(c, p.sheet, `A${p.row}`)))}
        >
          {p.name} ({p.sheet}!{p.row}
          {details(p.votes, p.score) && `; ${details(p.votes, p.score)}`})
        </Button>
      ))}
    </div>
  );
}

export function QuotaTab({ workbook }: TabProps) {
  const styles = useStyles();
  const { t, task, lang, busy } = usePane();
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
        <>
          <Table size="small" data-testid="quota-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("scope")}</TableHeaderCell>
                <TableHeaderCell>{t("excellent")}</TableHeaderCell>
                <TableHeaderCell>{t("base")}</TableHeaderCell>
                <TableHeaderCell>{t("allowed")}</TableHeaderCell>
                <TableHeaderCell>{t("excess")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {results.map((r) => (
                <TableRow key={`${r.scope}:${r.key}`} data-testid="quota-row">
                  <TableCell>{scopeLabel(r, lang)}</TableCell>
                  <TableCell>{r.excellent}</TableCell>
                  <TableCell>{r.base}</TableCell>
                  <TableCell>{r.allowed}</TableCell>
                  <TableCell className={r.excess > 0 ? styles.over : undefined}>{r.excess}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {results.every((r) => r.excess === 0) && <Text>{t("quotaOk")}</Text>}
          <div className={styles.people}>
            {results
              .filter((r) => r.excess > 0)
              .map((r) => (
                <Outside key={`${r.scope}:${r.key}`} result={r} />
              ))}
          </div>
        </>
      )}
    </Section>
  );
}
