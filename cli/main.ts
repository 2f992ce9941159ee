import { parseArgs } from "node:util";
import { readDate } from "../shared/coerce/date.js";
import type { Lang } from "../shared/i18n.js";
import { runCheck } from "./checkCommand.js";
import { CliError } from "./cliError.js";
import { runConsolidate } from "./consolidateCommand.js";
import { runDemo } from "./demoCommand.js";
import { cliText } from "./messages.js";
import { problemPlace, SETTINGS_FLAGS, settingsFromFlags } from "./settingsFlags.js";

const OPTIONS = {
  ...SETTINGS_FLAGS,
  json: { type: "boolean" },
  lang: { type: "string" },
  sheet: { type: "string" },
  out: { type: "string" },
  "unit-name": { type: "string" },
  agency: { type: "string" },
  superior: { type: "string" },
  place: { type: "string" },
  "document-number": { type: "string" },
  recipient: { type: "string" },
  deadline: { type: "string" },
  expect: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "vi";
}

function deadlineOf(value: string, text: ReturnType<typeof cliText>): string {
  const date = readDate(value);
  if (!date) throw new CliError(text.badDeadline(value));
  return date;
}

async function run(argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  const text = cliText(lang);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${text.badArgs(error as Error & { code?: string })}\n\n${text.usage}`);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en")
    throw new CliError(text.badLang(values.lang));
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${text.usage}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === "demo") return runDemo(lang);
  const settings = settingsFromFlags(values, lang);
  if (!settings.ok)
    throw new CliError(
      [text.badSettings, ...settings.problems.map((p) => `  ${problemPlace(p.path)}: ${p.message}`)].join(
        "\n",
      ),
    );
  const json = values.json === true;
  if (command === "check") {
    if (files.length !== 1) throw new CliError(text.needFile);
    return runCheck(files[0]!, settings.settings, {
      json,
      sheet: values.sheet,
      unitName: values["unit-name"],
    });
  }
  if (command === "consolidate") {
    if (files.length === 0) throw new CliError(text.needFile);
    if (!values.out) throw new CliError(text.needOut);
    return runConsolidate(files, settings.settings, {
      json,
      out: values.out,
      agency: {
        name: values.agency,
        superior: values.superior,
        place: values.place,
        documentNumber: values["document-number"],
        recipient: values.recipient,
      },
      deadline: values.deadline === undefined ? undefined : deadlineOf(values.deadline, text),
      expect: values.expect,
    });
  }
  throw new CliError(`${text.badCommand(command)}\n\n${text.usage}`);
}

const argv = process.argv.slice(2);
run(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const text = cliText(langOf(argv));
    if (argv.includes("--json")) {
      const message = error instanceof CliError ? error.message : text.unexpected(String(error));
      const findings = error instanceof CliError ? error.findings : [];
      process.stdout.write(`${JSON.stringify({ error: message, findings }, null, 2)}\n`);
    }
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      for (const f of error.findings)
        process.stderr.write(`  - ${f.sheet ? `[${f.sheet}] ` : ""}${f.message}\n`);
    } else
      process.stderr.write(`${text.unexpected(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
