/**
 * Works the suggestions out off the pane's thread: a large roster takes seconds (every rule is run
 * again per person at each level), and Office restarts an add-in that blocks for 5 seconds.
 */
import { suggestSheets } from "../../shared/suggest/index.js";
import type { SuggestRequest, SuggestReply } from "./suggestInWorker.js";

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { sheets, settings, options } = event.data;
  let reply: SuggestReply;
  try {
    reply = { ok: true, suggestions: suggestSheets(sheets, settings, options) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
