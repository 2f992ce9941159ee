import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PersonRow } from "../findingPeople.js";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  person: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    maxWidth: "100%",
    overflowWrap: "break-word",
  },
});

/** People of a group, one button each: a click selects their row. `detail` adds to a name (votes, score). */
export function PersonButtons<P extends PersonRow>(props: {
  people: readonly P[];
  onSelect: (person: P) => void;
  detail?: (person: P) => string;
  testId?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {props.people.map((p) => {
        const detail = props.detail?.(p);
        return (
          <Button
            key={`${p.sheet}!${p.row}`}
            appearance="subtle"
            size="small"
            className={styles.person}
            data-testid={props.testId ?? "finding-person"}
            data-row={`${p.sheet}!${p.row}`}
            onClick={() => props.onSelect(p)}
          >
            {p.name} ({p.sheet}!{p.row}
            {detail && `; ${detail}`})
          </Button>
        );
      })}
    </div>
  );
}
