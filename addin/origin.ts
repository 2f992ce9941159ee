/** Where the development server serves the task pane; the committed manifest.xml names this origin. */
export const DEV_ORIGIN = "https://localhost:3000";
export const DEV_PORT = 3000;

/** The pages Vite builds, relative to `addin/` and, once built or served, to the origin's root. */
export const PAGES = { taskpane: "taskpane.html", commands: "commands.html" } as const;
