// @npmcli/config ships no types: the parts of npm's config loader this action uses.
declare module '@npmcli/config' {
  export type Where = 'default' | 'builtin' | 'global' | 'user' | 'project' | 'env' | 'cli'

  export interface ConfigOptions {
    definitions: object
    shorthands: object
    flatten: (object: object, flat?: object) => object
    nerfDarts?: string[]
    /** npm's own folder: its builtin config is `<npmPath>/npmrc`. */
    npmPath: string
    env?: NodeJS.ProcessEnv
    argv?: string[]
    platform?: NodeJS.Platform
    /** The node npm runs on: the global prefix is its folder's parent. */
    execPath?: string
    cwd?: string
    warn?: boolean
  }

  export interface ConfigLayer {
    readonly data: Record<string, unknown>
    /** The file (or "environment", "default values", ...) the layer was read from. */
    readonly source: string | null
    /** Why the file could not be read (ENOENT when there is none). */
    readonly loadError?: NodeJS.ErrnoException
  }

  export default class Config {
    constructor(options: ConfigOptions)
    readonly data: Map<Where, ConfigLayer>
    readonly flat: Record<string, unknown>
    load(): Promise<void>
    /** Checks every layer's values against npm's types; throws ERR_INVALID_AUTH for credentials npm no longer reads. */
    validate(where?: Where): boolean
    get(key: string, where?: Where): unknown
    /** The highest layer that sets `key`. */
    find(key: string): Where | null
    /** Called by validate() for each value that is not of its key's type (npm logs a warning and drops it). */
    invalidHandler(key: string, value: unknown, type: unknown, source: string, where: Where): void
  }
}

declare module '@npmcli/config/lib/definitions/index.js' {
  /** npm's config definitions (CommonJS: only the default export is reliable). */
  const npmDefinitions: {
    definitions: object
    shorthands: object
    nerfDarts: string[]
    flatten(object: object, flat?: object): object
  }
  export default npmDefinitions
}
