import type { Finding } from "../shared/findings.js";

/** Input the command line cannot use: printed as a message, exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly findings: readonly Finding[] = [],
  ) {
    super(message);
  }
}
