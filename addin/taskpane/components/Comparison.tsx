import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { LEVELS } from "../../../shared/levels.js";
import type { SubmittedPerson } from "../../../shared/submission/schema.js";
import type { StoredSubmission } from "../../backend/client.js";
import { showTime } from "../dates.js";
import { countsByLevel, levelName } from "../levelNames.js";
import { usePane } from "../pane.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: "break-word",
  },
  row: { display: "contents" },
  number: { textAlign: "right" },
});

/** The unit's latest version on the server beside what this workbook would send: people, and counts by level. */
export function Comparison(props: { latest: StoredSubmission; people: readonly SubmittedPerson[] }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const server = countsByLevel(props.latest.summary);
  const here = (level: string) => props.people.filter((p) => p.level === level).length;
  const rows = [
    { label: t("people"), server: props.latest.summary.people, here: props.people.length, id: "people" },
    ...LEVELS.map((level) => ({
      label: levelName(level, lang),
      server: server[level],
      here: here(level),
      id: level,
    })),
  ];
  return (
    <div className={styles.root} data-testid="comparison">
      <Text>
        {t("reloaded", { version: props.latest.version, time: showTime(props.latest.submittedAt) })}
      </Text>
      <div className={styles.grid}>
        <span />
        <Text weight="semibold">{t("onServer")}</Text>
        <Text weight="semibold">{t("inWorkbook")}</Text>
        {rows.map((r) => (
          <div key={r.id} className={styles.row} data-testid={`compare-${r.id}`}>
            <Text>{r.label}</Text>
            <Text className={styles.number} data-testid="server">
              {r.server}
            </Text>
            <Text className={styles.number} data-testid="workbook">
              {r.here}
            </Text>
          </div>
        ))}
      </div>
      <Text size={200}>{t("reloadedHint")}</Text>
    </div>
  );
}
