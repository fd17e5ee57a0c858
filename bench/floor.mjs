/**
 * The floor: a bare Node process that PUTs prebuilt publish bodies with fetch,
 * `concurrency` at a time. Nothing is packed, checked or generated here.
 * Each body file is named after the escaped package name (`@s%2fname.json`).
 *
 *   node bench/floor.mjs <registry> <token> <otp> <concurrency> <body.json>...
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'

const [registry, token, otp, concurrencyText, ...bodies] = process.argv.slice(2)
const queue = [...bodies]
let failed = 0

async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const response = await fetch(new URL(basename(file, '.json'), registry), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'npm-otp': otp },
      body: await readFile(file),
    })
    if (!response.ok) failed++
    await response.arrayBuffer()
  }
}

await Promise.all(Array.from({ length: Number(concurrencyText) }, worker))
process.exitCode = failed ? 1 : 0
