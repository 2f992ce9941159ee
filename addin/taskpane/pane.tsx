import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../shared/i18n.js";
import { describeError } from "./describeError.js";
import type { PaneServices } from "./services.js";
import { translator, type StringKey, type Translate } from "./strings.js";

export type NoticeIntent = "success" | "warning" | "error" | "info";
export interface Notice {
  intent: NoticeIntent;
  text: string;
}

interface PaneContextValue {
  lang: Lang;
  t: Translate;
  services: PaneServices;
  busy: StringKey | undefined;
  notice: Notice | undefined;
  notify(notice: Notice | undefined): void;
  /**
   * Runs one action of the pane: shows progress (the step given to `step`), lets the pane paint
   * before each step, turns any failure into a notice. Returns undefined when it failed.
   */
  task<T>(
    first: StringKey,
    action: (step: (key: StringKey) => Promise<void>) => Promise<T>,
  ): Promise<T | undefined>;
}

const PaneContext = createContext<PaneContextValue | undefined>(undefined);

/** Lets the browser draw the progress before a long synchronous step starts. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function PaneProvider(props: { lang: Lang; services: PaneServices; children: ReactNode }) {
  const { lang, services } = props;
  const t = useMemo(() => translator(lang), [lang]);
  const [busy, setBusy] = useState<StringKey>();
  const [notice, notify] = useState<Notice>();
  const task = useCallback(
    async <T,>(first: StringKey, action: (step: (key: StringKey) => Promise<void>) => Promise<T>) => {
      setBusy(first);
      notify(undefined);
      try {
        await paint();
        return await action(async (key) => {
          setBusy(key);
          await paint();
        });
      } catch (error) {
        notify({ intent: "error", text: describeError(error, t) });
        return undefined;
      } finally {
        setBusy(undefined);
      }
    },
    [t],
  );
  const value = useMemo(
    () => ({ lang, t, services, busy, notice, notify, task }),
    [lang, t, services, busy, notice, task],
  );
  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane outside PaneProvider");
  return value;
}
