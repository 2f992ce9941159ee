/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { paneConfig } from "../config.js";
import { App } from "./App.js";
import type { PaneServices } from "./services.js";

await Office.onReady();
const services: PaneServices = {
  run: (batch) => Excel.run(batch),
  config: paneConfig(import.meta.env),
  now: () => new Date(),
  displayLanguage: Office.context.displayLanguage,
  newKey: () => crypto.randomUUID(),
};
createRoot(document.getElementById("root")!).render(<App services={services} />);
