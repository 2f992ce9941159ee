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
    /** How many problems there were beyond `details`. */
    readonly moreDetails = 0,
  ) {
    super(text.en);
  }
}

/** Storage or another service we depend on did not answer: the caller should try again later. */
export class ServiceUnavailable extends Error {}

/** No problem answer is larger than this, however large or bad the request. */
export const MAX_PROBLEM_BYTES = 64 * 1024;

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
    return { status: error.status, headers: error.headers, jsonBody: problemBody(error, lang) };
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

/** The body of a 4xx, cut to MAX_PROBLEM_BYTES: the details beyond are counted in `moreDetails`. */
function problemBody(problem: RequestProblem, lang: Lang): ProblemBody {
  const text = problem.text[lang];
  const body: ProblemBody = { error: text.length > 2000 ? `${text.slice(0, 1999)}…` : text };
  if (!problem.details) return body;
  const details = [...problem.details];
  let more = problem.moreDetails;
  const sized = () => ({ ...body, details, ...(more > 0 ? { moreDetails: more } : {}) });
  while (details.length > 0 && Buffer.byteLength(JSON.stringify(sized())) > MAX_PROBLEM_BYTES) {
    details.pop();
    more++;
  }
  return sized();
}
