// npm-registry-fetch exports getAuth, which its @types package leaves out.
export {}

declare module 'npm-registry-fetch' {
  /** The credentials npm would send to `uri`, looked up under nerf-dart keys of `options`. */
  export function getAuth(uri: string, options: object): { token?: string | null; auth?: string | null; isBasicAuth?: boolean; cert?: string | null }
}
