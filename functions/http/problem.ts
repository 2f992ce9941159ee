import type { HttpResponseInit } from "@azure/functions";
import type { Lang } from "../../shared/i18n.js";
import type { ProblemBody } from "./answers.js";

/** A problem in the request that the caller can fix: its status and a message in both languages. */
export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    readonly text: { vi: string; en: string },
    readonly details?: readonly { path: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(text.en);
  }
}

/** Storage or another service we depend on did not answer: the caller should try again later. */
export class ServiceUnavailable extends Error {}

export function langOf(header: string | null): Lang {
  return header?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/**
 * The response for anything a handler throws: the caller's problem as 4xx with its message, storage
 * trouble as 503 with Retry-After, anything else as a bare 500. Never a stack trace, a connection
 * string or personal data.
 */
export function problemResponse(error: unknown, lang: Lang): HttpResponseInit {
  if (error instanceof RequestProblem)
    return {
      status: error.status,
      headers: error.headers,
      jsonBody: {
        error: error.text[lang],
        ...(error.details ? { details: error.details } : {}),
      } satisfies ProblemBody,
    };
  if (error instanceof ServiceUnavailable)
    return {
      status: 503,
      headers: { "Retry-After": "5" },
      jsonBody: {
        error:
          lang === "vi"
            ? "Kho dữ liệu tạm thời không trả lời. Vui lòng thử lại sau ít giây."
            : "Storage is not answering for now. Please try again in a few seconds.",
      },
    };
  return {
    status: 500,
    jsonBody: {
      error:
        lang === "vi" ? "Lỗi hệ thống. Vui lòng thử lại sau." : "Internal error. Please try again later.",
    },
  };
}
