/** Input values as the runner passes them (strings), read as YAML reads them: booleans, and "auto" or a boolean. */
import type { Setting } from '../common/text.ts'
import { InvalidSettingError } from '../core/errors.ts'

/** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput reads it. */
export function checkBoolean(setting: Setting, value: string): boolean {
  const text = value.trim()
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new InvalidSettingError(setting, `"${text}" is not a boolean. Use true or false`)
}

/** "auto", or a boolean. */
export function autoOrBoolean(setting: Setting, value: string): boolean | 'auto' {
  if (value.trim() === 'auto') return 'auto'
  try {
    return checkBoolean(setting, value)
  } catch {
    throw new InvalidSettingError(setting, `"${value.trim()}" is not one of "auto", "true", "false"`)
  }
}
