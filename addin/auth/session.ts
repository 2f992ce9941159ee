/** A signed-in person as the task pane holds them: a way to get a fresh token, and who they are. */
export interface Session {
  /** Shown in the pane: the account's user name or the development identity. */
  label: string;
  getToken(): Promise<string>;
}
