import type { CheckResult } from "../../shared/check.js";
import type { Notice } from "./pane.js";
import type { StringKey, Translate } from "./strings.js";

export const STEP_TEXT: Record<"read" | "check" | "mark", StringKey> = {
  read: "stepRead",
  check: "stepCheck",
  mark: "stepMark",
};

/** The notice after a check: how many people, under which rules, how many errors and warnings. */
export function checkedText(result: CheckResult, t: Translate): Notice {
  if (!result.usable) return { intent: "warning", text: t("notARoster") };
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  return {
    intent: errors > 0 ? "warning" : "success",
    text: t("checked", {
      people: result.people,
      ruleSet: result.ruleSet,
      year: result.year,
      errors,
      warnings,
    }),
  };
}
