/** A signed-in person as the task pane holds them: a way to get a fresh token, and who they are. */
export interface Session {
  /** Who is signed in, as the pane names them: the account's name, or the development user. */
  label: string;
  getToken(): Promise<string>;
}
