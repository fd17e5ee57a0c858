// libnpmpack ships no types.
declare module 'libnpmpack' {
  /** Packs a spec (such as `file:/path`) into a tarball; runs prepack/postpack unless ignoreScripts. */
  export default function pack(spec?: string, options?: Record<string, unknown>): Promise<Buffer>
}
