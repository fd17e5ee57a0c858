// @npmcli/package-json ships no types.
declare module '@npmcli/package-json' {
  export default class PackageJson {
    /** Read and normalise a folder's package.json the way `npm publish` does (readme, gitHead, bin, ...). */
    static prepare(path: string): Promise<PackageJson>
    readonly content: Record<string, unknown>
  }
}
