// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Imports a layer may not make: faces above, the core below them, otp/ below that, common/ at the bottom. */
const layer = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
})
const ENTRIES = ['**/env.ts', '**/isolate.ts', '@actions/*']

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.dependency-cruiser.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Import circles, type-only ones included, are checked by dependency-cruiser (.dependency-cruiser.cjs, npm run lint).
  layer(['src/common/**'], ['**/core/**', '**/otp/**', '**/relay/**', '**/action/**', '**/cli/**', ...ENTRIES], 'common/ is the bottom layer: it imports nothing of ours.'),
  layer(['src/otp/**'], ['**/core/**', '**/relay/**', '**/action/**', '**/cli/**', ...ENTRIES], 'otp/ is below the core: it imports only common/.'),
  layer(['src/core/**'], ['**/relay/**', '**/action/**', '**/cli/**', ...ENTRIES], 'The core knows no face: no relay/, action/, cli/, entry helpers or @actions/*.'),
  layer(['src/relay/**'], ['**/action/**', '**/cli/**', ...ENTRIES], 'The relay is a face over the core: it knows neither the action nor the command line that host it.'),
  layer(['src/cli/**'], ['**/action/**', '@actions/*'], "The command line uses the core and the relay, not the action's face."),
  layer(['src/action/**'], ['**/cli/**'], "The action uses the core and the relay, not the command line's face."),
)
