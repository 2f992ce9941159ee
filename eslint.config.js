import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "demo/", "coverage/", "dist/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // shared/ is the pure rule engine: no I/O and no host libraries.
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "shared/ stays pure: no Node built-ins." },
            {
              regex: "^(fs|path|os|child_process|http|https|net|stream|worker_threads)$",
              message: "shared/ stays pure: no I/O.",
            },
            { regex: "^exceljs", message: "shared/ stays pure: exceljs belongs in xlsx/." },
            { regex: "^@azure/", message: "shared/ stays pure: Azure SDK belongs in functions/." },
            { regex: "^(@microsoft/)?office", message: "shared/ stays pure: Office.js belongs in addin/." },
            {
              regex: "^(\\.\\./)+(cli|xlsx|functions|addin)/",
              message: "shared/ must not import adapters.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "require", "fetch", "console"],
    },
  },
  {
    // The task pane and the back end share their HTTP contract through shared/api/, never directly.
    files: ["addin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+functions/",
              message: "addin/ imports nothing from functions/: the HTTP contract is in shared/api/.",
            },
          ],
        },
      ],
    },
  },
);
