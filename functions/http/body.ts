import type { HttpRequest } from "@azure/functions";
import { z } from "zod";
import type { Lang } from "../../shared/i18n.js";
import { boundedParse } from "./boundedParse.js";
import { RequestProblem } from "./problem.js";

/** The largest request body accepted: a unit of 15,000 people fits in about 3 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Reads and validates a JSON body: 413 when too large, 400 with zod's field paths when invalid (the
 * first few dozen, and how many more).
 */
export async function readJson<T extends z.ZodType>(
  request: HttpRequest,
  schema: T,
  lang: Lang,
): Promise<z.output<T>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RequestProblem(400, {
      vi: "Nội dung gửi lên không phải JSON hợp lệ.",
      en: "The body is not valid JSON.",
    });
  }
  const locale = lang === "vi" ? z.locales.vi() : z.locales.en();
  const parsed = await boundedParse(schema, data, { error: locale.localeError });
  if (parsed.success) return parsed.data;
  const { details, more } = parsed;
  throw new RequestProblem(
    400,
    more === 0
      ? { vi: "Nội dung gửi lên không hợp lệ.", en: "The body is invalid." }
      : {
          vi: `Nội dung gửi lên không hợp lệ: ${details.length + more} lỗi, dưới đây là ${details.length} lỗi đầu.`,
          en: `The body is invalid: ${details.length + more} problems, the first ${details.length} below.`,
        },
    details,
    undefined,
    more,
  );
}

function tooLarge(): RequestProblem {
  const mb = MAX_BODY_BYTES / 1024 / 1024;
  return new RequestProblem(413, {
    vi: `Nội dung gửi lên quá lớn (tối đa ${mb} MB).`,
    en: `The body is too large (at most ${mb} MB).`,
  });
}
