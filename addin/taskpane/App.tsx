import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../shared/i18n.js";
import { PaneProvider, usePane } from "./pane.js";
import type { PaneServices } from "./services.js";
import { langOf, type StringKey } from "./strings.js";
import { CheckTab } from "./tabs/CheckTab.js";
import { ColumnsTab } from "./tabs/ColumnsTab.js";
import { ConsolidateTab } from "./tabs/ConsolidateTab.js";
import { QuotaTab } from "./tabs/QuotaTab.js";
import { SettingsTab } from "./tabs/SettingsTab.js";
import { SubmitTab } from "./tabs/SubmitTab.js";
import { SuggestTab } from "./tabs/SuggestTab.js";
import { useWorkbookState, type WorkbookState } from "./workbookState.js";
import { useSession, type SessionState } from "./useSession.js";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  top: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  tabs: { flexWrap: "wrap" },
});

const TABS = [
  ["check", "tabCheck"],
  ["quota", "tabQuota"],
  ["suggest", "tabSuggest"],
  ["submit", "tabSubmit"],
  ["consolidate", "tabConsolidate"],
  ["columns", "tabColumns"],
  ["settings", "tabSettings"],
] as const satisfies readonly (readonly [string, StringKey])[];
type TabId = (typeof TABS)[number][0];

export interface TabProps {
  workbook: WorkbookState;
  session: SessionState;
}

function Body(props: { onLang: () => void }) {
  const styles = useStyles();
  const { t, busy, notice, notify, services, lang } = usePane();
  const workbook = useWorkbookState(services.run, lang);
  const session = useSession();
  const [tab, setTab] = useState<TabId>("check");
  const tabProps: TabProps = { workbook, session };
  return (
    <main className={styles.root}>
      <div className={styles.top}>
        <Text as="h1" weight="semibold" size={400}>
          {t("appTitle")}
        </Text>
        <Button appearance="subtle" size="small" onClick={props.onLang} data-testid="language">
          {t("language")}
        </Button>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        {TABS.map(([id, label]) => (
          <Tab key={id} value={id} data-testid={`tab-${id}`}>
            {t(label)}
          </Tab>
        ))}
      </TabList>
      {busy && (
        <div role="status" aria-live="polite">
          <ProgressBar />
          <Text size={200}>{t(busy)}</Text>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice" onClick={() => notify(undefined)}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {workbook.loaded && tab === "check" && <CheckTab {...tabProps} />}
      {workbook.loaded && tab === "quota" && <QuotaTab {...tabProps} />}
      {workbook.loaded && tab === "suggest" && <SuggestTab {...tabProps} />}
      {workbook.loaded && tab === "submit" && <SubmitTab {...tabProps} />}
      {workbook.loaded && tab === "consolidate" && <ConsolidateTab {...tabProps} />}
      {workbook.loaded && tab === "columns" && <ColumnsTab {...tabProps} />}
      {workbook.loaded && tab === "settings" && <SettingsTab {...tabProps} />}
    </main>
  );
}

/** The task pane: in the language of Office, with a switch to the other one. */
export function App(props: { services: PaneServices }) {
  const [lang, setLang] = useState<Lang>(() => langOf(props.services.displayLanguage));
  const toggle = () => setLang(lang === "vi" ? "en" : "vi");
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <PaneProvider lang={lang} services={props.services}>
        <Body onLang={toggle} />
      </PaneProvider>
    </FluentProvider>
  );
}
