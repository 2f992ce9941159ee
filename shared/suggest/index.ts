export { suggestLevels, suggestSheets } from "./suggestLevels.js";
export type { Suggestion, SuggestionReason, SuggestedField } from "./types.js";
