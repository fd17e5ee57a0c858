/**
 * A package script that looks for secrets in every environment it can read:
 * its own, and each ancestor's /proc/<pid>/environ up to the process under test
 * (whose command line holds SCAN_UNTIL). It writes what it found, as variable
 * names only, to LEAK_REPORT. SCAN_FOR names the variables, comma-separated.
 */
export const SCAN_SCRIPT = `
const fs = require('fs')
const names = process.env.SCAN_FOR.split(',')
const found = []
const read = []
for (const key of names) if (process.env[key]) found.push('own environment: ' + key)
let pid = process.pid
while (pid > 1) {
  const cmdline = fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\\\\0').join(' ')
  let environ = ''
  try { environ = fs.readFileSync('/proc/' + pid + '/environ', 'utf8') } catch (error) { environ = '' }
  read.push(cmdline)
  for (const entry of environ.split('\\\\0')) {
    const key = entry.slice(0, entry.indexOf('='))
    if (names.includes(key) && entry.length > key.length + 1) found.push(cmdline + ': ' + key)
  }
  if (cmdline.includes(process.env.SCAN_UNTIL)) break
  const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8')
  pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}
fs.writeFileSync(process.env.LEAK_REPORT, JSON.stringify({ found, read }))
`

export interface ScanReport {
  found: string[]
  read: string[]
}

/** The environment that tells the scan where to write, what to look for, and where to stop. */
export function scanEnv(report: string, variables: string[], until: string): Record<string, string> {
  return { LEAK_REPORT: report, SCAN_FOR: variables.join(','), SCAN_UNTIL: until }
}
