import type { SheetValues } from "../../shared/cells.js";
import type { CheckOptions } from "../../shared/check.js";
import type { Settings } from "../../shared/settings.js";
import type { Suggestion } from "../../shared/suggest/index.js";

export interface SuggestRequest {
  sheets: SheetValues[];
  settings: Settings;
  options: CheckOptions;
}

export type SuggestReply = { ok: true; suggestions: Suggestion[] } | { ok: false; message: string };

/** `suggestSheets` in a worker of its own, ended once it has answered. */
export function suggestInWorker(request: SuggestRequest): Promise<Suggestion[]> {
  const worker = new Worker(new URL("./suggest.worker.ts", import.meta.url), { type: "module" });
  return new Promise<Suggestion[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SuggestReply>) => {
      const reply = event.data;
      if (reply.ok) resolve(reply.suggestions);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
