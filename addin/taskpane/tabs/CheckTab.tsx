import { Button, Text } from "@fluentui/react-components";
import { clearMarks } from "../../excel/adapter.js";
import { checkWorkbook } from "../../excel/checkWorkbook.js";
import type { TabProps } from "../App.js";
import { FindingGroups } from "../components/FindingGroups.js";
import { Section } from "../components/Section.js";
import { usePane } from "../pane.js";
import { checkedText, STEP_TEXT } from "../checkText.js";

export function CheckTab({ workbook }: TabProps) {
  const { t, task, services, notify, busy } = usePane();
  const check = async () => {
    const done = await task("stepRead", (step) =>
      checkWorkbook(services.run, workbook.settings, {
        ...workbook.checkOptions(services.now()),
        ...(workbook.marks ? { previous: workbook.marks } : {}),
        onStep: (s) => step(STEP_TEXT[s]),
      }),
    );
    if (!done) return;
    workbook.setLastCheck(done);
    await workbook.saveMarks(done.snapshot);
    notify(checkedText(done.result, t));
  };
  const clear = async () => {
    const marks = workbook.marks;
    if (!marks) return;
    const done = await task("working", async () => {
      await services.run((context) => clearMarks(context, marks));
      await workbook.saveMarks(undefined);
      return true;
    });
    if (done) notify({ intent: "success", text: t("marksCleared") });
  };
  const result = workbook.lastCheck?.result;
  return (
    <Section intro={t("checkIntro")}>
      <div>
        <Button appearance="primary" onClick={() => void check()} disabled={!!busy} data-testid="check">
          {t("check")}
        </Button>{" "}
        <Button
          onClick={() => void clear()}
          disabled={!!busy || !workbook.marks?.previous.length}
          data-testid="clear-marks"
        >
          {t("clearMarks")}
        </Button>
      </div>
      {result && !result.usable && <Text>{t("notARoster")}</Text>}
      {result && <FindingGroups findings={result.findings} check={workbook.lastCheck} />}
    </Section>
  );
}
