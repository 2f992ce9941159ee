import type { HttpRequest } from "@azure/functions";
import { z } from "zod";
import type { Lang } from "../../shared/i18n.js";
import { RequestProblem } from "./problem.js";

/** The largest request body accepted: a unit of 15,000 people fits in about 3 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Reads and validates a JSON body: 413 when too large, 400 with zod's field paths when invalid. */
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
  const parsed = schema.safeParse(data, { error: locale.localeError });
  if (parsed.success) return parsed.data;
  throw new RequestProblem(
    400,
    { vi: "Nội dung gửi lên không hợp lệ.", en: "The body is invalid." },
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  );
}

function tooLarge(): RequestProblem {
  const mb = MAX_BODY_BYTES / 1024 / 1024;
  return new RequestProblem(413, {
    vi: `Nội dung gửi lên quá lớn (tối đa ${mb} MB).`,
    en: `The body is too large (at most ${mb} MB).`,
  });
}
