/** The answers' shapes live in shared/api/ (the task pane reads them too); handlers import them from here. */
export * from "../../shared/api/answers.js";
