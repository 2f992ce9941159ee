import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../cli/cliError.js";
import { settingsFromFlags } from "../../cli/settingsFlags.js";

const dir = mkdtempSync(join(tmpdir(), "xep-loai-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, "utf8");
  return path;
}

describe("settings from flags and a --settings file", () => {
  it("reads a file saved by Windows Notepad, which starts with a byte-order mark", () => {
    const result = settingsFromFlags(
      { settings: file("bom.json", '\uFEFF{"votesRule":"at-least-two-thirds"}') },
      "vi",
    );
    expect(result.ok && result.settings.votesRule).toBe("at-least-two-thirds");
  });

  it("takes the assessment date as dd/mm/yyyy in the file, as on the command line", () => {
    const result = settingsFromFlags(
      { settings: file("date.json", '{"assessmentDate":"01/12/2026"}') },
      "vi",
    );
    expect(result.ok && result.settings.assessmentDate).toBe("2026-12-01");
  });

  it("lets a flag win over the file", () => {
    const path = file("both.json", '{"quotaBase":"headcount","assessmentDate":"01/12/2026"}');
    const result = settingsFromFlags(
      { settings: path, "quota-base": "good-inclusive", "assessment-date": "05/12/2026" },
      "vi",
    );
    expect(result.ok && [result.settings.quotaBase, result.settings.assessmentDate]).toEqual([
      "good-inclusive",
      "2026-12-05",
    ]);
  });

  it("turns 20%, 20 and 0.2 into the same rate", () => {
    for (const rate of ["20%", "20", "0.2", "0,2"]) {
      const result = settingsFromFlags({ "quota-rate": rate }, "vi");
      expect(result.ok && result.settings.quotaRate).toBe(0.2);
    }
  });

  it("says what is wrong with a file that is not a JSON object, in the chosen language", () => {
    expect(() => settingsFromFlags({ settings: file("list.json", "[1, 2]") }, "en")).toThrow(
      new CliError(
        `Settings file "${join(dir, "list.json")}" is not a valid JSON object (for example { "quotaBase": "good", "votesRule": "more-than-two-thirds" }).`,
      ),
    );
  });
});
