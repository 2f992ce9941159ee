import { Button, Dropdown, Field, Input, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DevIdentity } from "../../auth/developmentSignIn.js";
import type { SessionState } from "../useSession.js";
import { usePane } from "../pane.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  who: { display: "flex", flexDirection: "column", alignItems: "flex-start", overflowWrap: "break-word" },
});

const ROLES = [
  ["clerk", "roleClerk"],
  ["reviewer", "roleReviewer"],
  ["admin", "roleAdmin"],
] as const;

/**
 * Signing in: one button with Entra ID; in development, who to be (user, unit, role), since the
 * local back end signs tokens for anyone.
 */
export function SignIn(props: { session: SessionState; unitId?: string; role: DevIdentity["role"] }) {
  const styles = useStyles();
  const { t, task, busy } = usePane();
  const { session } = props;
  const [who, setWho] = useState<DevIdentity>({
    sub: "van-thu",
    unitId: props.unitId ?? "",
    role: props.role,
  });
  const roleLabel = (role: string) => t(ROLES.find(([r]) => r === role)?.[1] ?? "roleClerk");
  if (session.me)
    return (
      <div className={styles.who} data-testid="signed-in">
        <Text data-testid="signed-in-name">
          {t("signedInAs", { who: session.session?.label ?? session.me.subject })}
        </Text>
        <Text size={200} data-testid="signed-in-role">
          {session.me.roles.map(roleLabel).join(", ")} · {session.me.unitName}
        </Text>
        <Button size="small" appearance="subtle" onClick={session.signOut} data-testid="sign-out">
          {t("signOut")}
        </Button>
      </div>
    );
  const signIn = () => void task("working", () => session.signIn(who));
  if (session.mode === "entra")
    return (
      <Button onClick={signIn} disabled={!!busy} data-testid="sign-in">
        {t("signIn")}
      </Button>
    );
  return (
    <div className={styles.form}>
      <Field label={t("devUser")}>
        <Input value={who.sub} onChange={(_, d) => setWho({ ...who, sub: d.value })} data-testid="dev-user" />
      </Field>
      <Field label={t("unitId")}>
        <Input
          value={who.unitId}
          onChange={(_, d) => setWho({ ...who, unitId: d.value })}
          data-testid="dev-unit"
        />
      </Field>
      <Field label={t("role")}>
        <Dropdown
          value={roleLabel(who.role)}
          selectedOptions={[who.role]}
          onOptionSelect={(_, d) => setWho({ ...who, role: d.optionValue as DevIdentity["role"] })}
          data-testid="dev-role"
        >
          {ROLES.map(([role, label]) => (
            <Option key={role} value={role}>
              {t(label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button onClick={signIn} disabled={!!busy || !who.sub || !who.unitId} data-testid="sign-in">
          {t("devSignIn")}
        </Button>
      </div>
    </div>
  );
}
