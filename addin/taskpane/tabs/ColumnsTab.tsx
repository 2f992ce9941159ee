import { Button, Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FIELD_LABELS } from "../../../shared/roster/fieldLabels.js";
import { FIELDS, type FieldKey } from "../../../shared/roster/fields.js";
import type { TabProps } from "../App.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import type { ColumnMapping } from "../stored.js";
import { useFreshCheck } from "../useFreshCheck.js";

const UNMAPPED = "";

const useStyles = makeStyles({
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  column: { overflowWrap: "break-word" },
  dropdown: { minWidth: 0, maxWidth: "100%" },
});

/**
 * The header and the field each column was read as, editable. A choice is kept by column letter
 * (what the clerk sees); saving writes it into the workbook and the next check uses it.
 */
export function ColumnsTab({ workbook }: TabProps) {
  const styles = useStyles();
  const { t, task, notify, lang, busy } = usePane();
  const fresh = useFreshCheck(workbook);
  const [draft, setDraft] = useState<ColumnMapping>(workbook.columns);
  const sheets = workbook.lastCheck?.result.sheets.filter((s) => s.kind === "roster") ?? [];
  const label = (value: string) =>
    value === UNMAPPED
      ? t("unmapped")
      : value === "ignore"
        ? t("ignore")
        : FIELD_LABELS[value as FieldKey][lang];
  const save = async () => {
    const done = await task("working", async () => {
      await workbook.saveColumns(draft);
      return fresh(async () => {});
    });
    if (done) notify({ intent: "success", text: t("saved") });
  };
  return (
    <Section intro={t("columnsIntro")}>
      <div>
        <Button disabled={!!busy} onClick={() => void task("stepRead", fresh)} data-testid="read-headers">
          {t("readHeaders")}
        </Button>
      </div>
      {sheets.map((sheet) => (
        <div key={sheet.name}>
          <Text size={200}>
            {t("headerRows", {
              sheet: sheet.name,
              rows: sheet.headerRows?.join("–") ?? "?",
              people: sheet.people ?? 0,
            })}
          </Text>
          <div className={styles.columns} data-testid="columns-table">
            {(sheet.columns ?? []).map((c) => {
              const value = draft[c.letter] ?? c.field ?? UNMAPPED;
              return (
                <Field
                  key={c.letter}
                  className={styles.column}
                  label={`${c.letter} · ${c.header}`}
                  data-testid="column-row"
                  data-letter={c.letter}
                >
                  <Dropdown
                    size="small"
                    className={styles.dropdown}
                    value={label(value)}
                    selectedOptions={[value]}
                    onOptionSelect={(_, d) => setDraft({ ...draft, [c.letter]: d.optionValue as FieldKey })}
                  >
                    <Option value="ignore">{t("ignore")}</Option>
                    {FIELDS.map((f) => (
                      <Option key={f.key} value={f.key}>
                        {FIELD_LABELS[f.key][lang]}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </div>
        </div>
      ))}
      {sheets.length > 0 && (
        <div>
          <Button
            appearance="primary"
            disabled={!!busy}
            onClick={() => void save()}
            data-testid="save-columns"
          >
            {t("save")}
          </Button>
        </div>
      )}
    </Section>
  );
}
