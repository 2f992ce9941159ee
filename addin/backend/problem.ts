import { problemBodySchema } from "../../shared/api/answers.js";
import type { Lang, Localized } from "../../shared/i18n.js";

/** A field the back end refused, as zod names it: `people.0.level`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Whatever went wrong talking to the back end, with a message for the clerk in the language the
 * client was made for: the back end's own problem text, or ours when it gave none.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  /**
   * 412: someone submitted for the unit since the version this one replaces; 428: the unit has a
   * version this workbook never saw. Either way the clerk chooses: reload, or replace.
   */
  readonly conflict: boolean;

  constructor(
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    message: string,
    /** For a 400 on a body: the fields refused. */
    readonly details: readonly FieldProblem[] = [],
    /** For a 503: seconds to wait before trying again, when the server said. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.conflict = status === 412 || status === 428;
  }
}

const NETWORK_FAILURE: Localized = {
  vi: "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.",
  en: "Cannot reach the server. Check the network and try again.",
};

const UNREADABLE: Localized = {
  vi: "Máy chủ trả lời không đúng định dạng.",
  en: "The server's answer could not be read.",
};

const failed = (status: number): Localized => ({
  vi: `Máy chủ báo lỗi ${status}. Vui lòng thử lại sau.`,
  en: `The server answered with error ${status}. Please try again later.`,
});

/** The server could not be reached (offline, refused, blocked by CORS): the browser says no more. */
export function networkError(lang: Lang): ApiError {
  return new ApiError(0, NETWORK_FAILURE[lang]);
}

/** A successful answer whose body is not the JSON expected. */
export function unreadableAnswer(status: number, lang: Lang): ApiError {
  return new ApiError(status, UNREADABLE[lang]);
}

/** The error for an answer that is not 2xx: its problem body when it has one (`{ error, details? }`). */
export async function errorOf(response: Response, lang: Lang): Promise<ApiError> {
  const body = problemBodySchema.safeParse(await response.json().catch(() => undefined));
  const seconds = Number(response.headers.get("retry-after") ?? Number.NaN);
  const retryAfter = Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  if (!body.success) return new ApiError(response.status, failed(response.status)[lang], [], retryAfter);
  return new ApiError(response.status, body.data.error, body.data.details ?? [], retryAfter);
}
