/**
 * The rules that keep src/ a house of layers (npm run lint): no import circles, type-only imports
 * included (they are checked before TypeScript erases them). The layers themselves are also
 * eslint rules (eslint.config.js), for an editor's feedback.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other (type-only imports too) belong in one room, or their shared types in a third.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
}
