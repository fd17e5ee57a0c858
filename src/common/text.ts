/**
 * Text that names a setting without knowing whose words to use. The core says "the token", "how to
 * give the seed", "set stage to true" as references; each face renders them in its own words (the
 * action: its input names, and lines to add to the workflow step; the command line: `NPM_TOKEN`,
 * `--stage`). Text from
 * outside (a registry's answer, a folder name) stays a plain string and is never read as a reference.
 */

/** The settings of a publish request, by neutral key. */
export const SETTINGS = [
  'token',
  'otpSecret',
  'packages',
  'workspaces',
  'concurrency',
  'timeout',
  'registry',
  'tag',
  'access',
  'provenance',
  'trustedPublishing',
  'strategy',
  'ignoreScripts',
  'strict',
  'dryRun',
  'stage',
  'onOtpUnavailable',
  'idToken',
] as const
export type Setting = (typeof SETTINGS)[number]

/**
 * A reference to a setting:
 * - `name`: the setting itself ("the token");
 * - `label`: the setting at the start of a message about its value (the input's or the option's name);
 * - `give`: how to give it a value ("add the token to the step");
 * - `empty`: that it has none ("the seed is not set");
 * - `set`: how to give it `value` ("set stage to true");
 * - `value`: the setting as it is, with `value` ("stage: true").
 */
export type Ref = { readonly ref: 'name' | 'label' | 'give' | 'empty'; readonly setting: Setting } | { readonly ref: 'set' | 'value'; readonly setting: Setting; readonly value: string }

export type Part = string | Ref
/** A message as parts: plain strings and references to settings. */
export type Text = readonly Part[]

export const nameOf = (setting: Setting): Ref => ({ ref: 'name', setting })
export const labelOf = (setting: Setting): Ref => ({ ref: 'label', setting })
export const giveOf = (setting: Setting): Ref => ({ ref: 'give', setting })
export const emptyOf = (setting: Setting): Ref => ({ ref: 'empty', setting })
export const setTo = (setting: Setting, value: string): Ref => ({ ref: 'set', setting, value })
export const valueOf = (setting: Setting, value: string): Ref => ({ ref: 'value', setting, value })

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'ref' in value && 'setting' in value
}

/** A tagged template: `text\`Check ${nameOf('token')}: ${detail}\``. Strings and numbers stay plain; Text is spliced in. */
export function text(strings: TemplateStringsArray, ...values: (string | number | Ref | Text)[]): Text {
  const parts: Part[] = []
  const push = (part: Part) => {
    if (typeof part === 'string' && typeof parts.at(-1) === 'string') parts[parts.length - 1] += part
    else if (part !== '') parts.push(part)
  }
  strings.forEach((string, index) => {
    push(string)
    if (index >= values.length) return
    const value = values[index]
    if (Array.isArray(value)) for (const part of value as Text) push(part)
    else push(isRef(value) ? value : String(value))
  })
  return parts
}

/** Pieces of text, one after the other. */
export function join(...pieces: (Text | string)[]): Text {
  return text`${pieces.map(piece => (typeof piece === 'string' ? plain(piece) : piece)).flat()}`
}

/** Plain text as Text. */
export function plain(value: string): Text {
  return value === '' ? [] : [value]
}

/** A face's words for the references. */
export interface Words {
  name(setting: Setting): string
  label(setting: Setting): string
  give(setting: Setting): string
  empty(setting: Setting): string
  set(setting: Setting, value: string): string
  value(setting: Setting, value: string): string
}

/** Render a message in a face's words; a reference that starts a sentence starts with a capital. */
export function render(message: Text | string, words: Words): string {
  if (typeof message === 'string') return message
  let out = ''
  for (const part of message) {
    if (typeof part === 'string') {
      out += part
      continue
    }
    const said = part.ref === 'set' || part.ref === 'value' ? words[part.ref](part.setting, part.value) : words[part.ref](part.setting)
    out += out === '' || /[.!?]\s+$/.test(out) ? said.charAt(0).toUpperCase() + said.slice(1) : said
  }
  return out
}

/** The settings a message refers to. */
export function settingsIn(message: Text): Setting[] {
  return [...new Set(message.filter(isRef).map(part => part.setting))]
}

/** Words that belong to no face, for Error.message and debugging: `<token>`, `<stage: true>`. */
export const NEUTRAL_WORDS: Words = {
  name: setting => `<${setting}>`,
  label: setting => `<${setting}>`,
  give: setting => `<give ${setting}>`,
  empty: setting => `<${setting} empty>`,
  set: (setting, value) => `<${setting}: ${value}>`,
  value: (setting, value) => `<${setting}: ${value}>`,
}
