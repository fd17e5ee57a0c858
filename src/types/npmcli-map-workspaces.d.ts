// @npmcli/map-workspaces ships no types.
declare module '@npmcli/map-workspaces' {
  /** Workspace name -> absolute folder, for the `workspaces` of `pkg`, in npm's order. */
  export default function mapWorkspaces(options: { cwd: string; pkg: { workspaces?: unknown } }): Promise<Map<string, string>>
}
