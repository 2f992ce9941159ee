import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** A tab's body: one line saying what it does, then its controls. */
export function Section(props: { intro: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Text size={200} className={styles.intro}>
        {props.intro}
      </Text>
      {props.children}
    </section>
  );
}
