import { Button } from "@fluentui/react-components";
import { writeSuggestionColumns } from "../../excel/suggestionColumns.js";
import type { TabProps } from "../App.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import { suggestInWorker } from "../suggestInWorker.js";
import { suggestionCells } from "../suggestionText.js";
import { useFreshCheck } from "../useFreshCheck.js";

/** Đề xuất: each person's ceiling under the rules, written as our own columns beside the roster. */
export function SuggestTab({ workbook }: TabProps) {
  const { t, task, services, notify, lang, busy } = usePane();
  const fresh = useFreshCheck(workbook);
  const suggest = async () => {
    const done = await task("stepRead", async (step) => {
      const checked = await fresh(step);
      if (!checked.result.usable) return undefined;
      await step("stepSuggest");
      const suggestions = await suggestInWorker({
        sheets: checked.sheets,
        settings: workbook.settings,
        options: workbook.checkOptions(services.now()),
      });
      const written = [];
      for (const sheet of checked.result.sheets.filter((s) => s.kind === "roster")) {
        const own = suggestions.filter((s) => s.sheet === sheet.name);
        const headerRow = Math.max(...(sheet.headerRows ?? [1]));
        const columns = await services.run((context) =>
          writeSuggestionColumns(
            context,
            { sheet: sheet.name, headerRow, suggestions: own.map((s) => suggestionCells(s, lang)) },
            { lang },
          ),
        );
        written.push({
          sheet: sheet.name,
          n: own.length,
          columns: columns.columns.join(", "),
          uncertain: own.filter((s) => !s.certain).length,
        });
      }
      return written;
    });
    if (done === undefined) return;
    if (done.length === 0) return notify({ intent: "warning", text: t("notARoster") });
    const uncertain = done.reduce((n, w) => n + w.uncertain, 0);
    notify({
      intent: "success",
      text: [
        ...done.map((w) => t("suggested", w)),
        ...(uncertain ? [t("uncertain", { n: uncertain })] : []),
      ].join(" "),
    });
  };
  return (
    <Section intro={t("suggestIntro")}>
      <div>
        <Button appearance="primary" disabled={!!busy} onClick={() => void suggest()} data-testid="suggest">
          {t("suggest")}
        </Button>
      </div>
    </Section>
  );
}
