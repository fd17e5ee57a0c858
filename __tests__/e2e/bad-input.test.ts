/**
 * Bad input, every kind, through the built action: each gives one message
 * that names the input, and fails before any publish request.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, npm, runAction } from '../support/action.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'

let registry: TestRegistry
let work: string
const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-bad-input-'))
  await makePackage(work, 'good', { manifest: { name: 'bad-input-good', version: '1.0.0' } })
  await mkdir(join(work, 'notjson'))
  await writeFile(join(work, 'notjson', 'package.json'), '{ "name": "x", ')
  await makePackage(work, 'noname', { manifest: { version: '1.0.0' } })
  await makePackage(work, 'noversion', { manifest: { name: 'bad-input-noversion' } })
  await makePackage(work, 'badversion', { manifest: { name: 'bad-input-badversion', version: 'banana' } })
  await makePackage(work, 'private', { manifest: { name: 'bad-input-private', version: '1.0.0', private: true } })
  await makePackage(work, 'pcaccess', { manifest: { name: 'bad-input-pcaccess', version: '1.0.0', publishConfig: { access: 'secret' } } })
  await makePackage(work, 'pctag', { manifest: { name: 'bad-input-pctag', version: '1.0.0', publishConfig: { tag: '1.x' } } })
  await makePackage(work, 'noworkspaces', { manifest: { name: 'bad-input-root', version: '1.0.0' } })
  await mkdir(join(work, 'empty'))
  await mkdir(join(work, 'nothing-here'))
  await writeFile(join(work, 'README.md'), '# not a package\n')
  await writeFile(join(work, 'corrupt.tgz'), 'this is not gzip at all')
  await npm(['pack', '--pack-destination', work], join(work, 'good'))
  const tgz = (await readdir(work)).find(file => file.endsWith('.tgz') && file.startsWith('bad-input-good'))!
  const whole = await readFile(join(work, tgz))
  await writeFile(join(work, 'truncated.tgz'), whole.subarray(0, Math.floor(whole.length / 2)))
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry, [KEY])
})

/** [what, inputs, the input the message must name, what it must say] */
const CASES: [string, Record<string, string>, string, RegExp][] = [
  // otp-secret: every malformed kind
  ['a 6-digit code instead of the seed', { 'otp-secret': '123456' }, 'otp-secret', /one-time code/],
  ['an 8-digit code instead of the seed', { 'otp-secret': '12345678' }, 'otp-secret', /one-time code/],
  ['a hex recovery code', { 'otp-secret': 'a1b2c3d4e5f60718293a4b5c6d7e8f90' }, 'otp-secret', /not base32/],
  ['a seed that is too short', { 'otp-secret': 'JBSWY3DP' }, 'otp-secret', /too short/],
  ['a seed that is too long', { 'otp-secret': 'A'.repeat(200) }, 'otp-secret', /too long/],
  ['a seed with a digit outside base32', { 'otp-secret': 'JBSWY3DPEHPK3PX1JBSWY3DP' }, 'otp-secret', /not base32/],
  ['a seed with punctuation', { 'otp-secret': 'JBSWY3DP!EHPK3PXP.JBSWY3DP' }, 'otp-secret', /not base32/],
  ['an otpauth://hotp URI', { 'otp-secret': `otpauth://hotp/x?secret=${KEY}&counter=1` }, 'otp-secret', /hotp/],
  ['an unsupported algorithm', { 'otp-secret': `otpauth://totp/x?secret=${KEY}&algorithm=MD5` }, 'otp-secret', /algorithm/],
  ['10 digits', { 'otp-secret': `otpauth://totp/x?secret=${KEY}&digits=10` }, 'otp-secret', /digits/],
  ['4 digits', { 'otp-secret': `otpauth://totp/x?secret=${KEY}&digits=4` }, 'otp-secret', /digits/],
  ['a 5-second period', { 'otp-secret': `otpauth://totp/x?secret=${KEY}&period=5` }, 'otp-secret', /period/],
  ['a period that is not a number', { 'otp-secret': `otpauth://totp/x?secret=${KEY}&period=abc` }, 'otp-secret', /period/],
  ['a URI without a secret', { 'otp-secret': 'otpauth://totp/npm:me?issuer=npm' }, 'otp-secret', /secret/],
  ['a URI whose secret is not base32', { 'otp-secret': 'otpauth://totp/x?secret=0189-0189-0189' }, 'otp-secret', /not base32/],
  ['a bare otpauth:// scheme', { 'otp-secret': 'otpauth://' }, 'otp-secret', /cannot be read/],
  // registry
  ['a registry without a scheme', { registry: 'registry.npmjs.org' }, 'registry', /not a URL/],
  ['an ftp registry', { registry: 'ftp://registry.example/' }, 'registry', /http\(s\)/],
  ['a registry URL with credentials', { registry: 'https://user:pw@registry.example/' }, 'registry', /credentials/],
  ['a registry URL with a query', { registry: 'https://registry.example/?x=1' }, 'registry', /query/],
  ['a registry URL without a host', { registry: 'http://' }, 'registry', /not a URL/],
  ['a registry URL with a space', { registry: 'https://exa mple.com/' }, 'registry', /not a URL/],
  // tag
  ['a tag that is a range', { tag: '1.x' }, 'tag', /semver range/],
  ['a tag that is a caret range', { tag: '^1.0.0' }, 'tag', /semver range/],
  ['a tag that is a version', { tag: 'v1.2.3' }, 'tag', /semver range/],
  ['a tag that is a wildcard', { tag: '*' }, 'tag', /semver range/],
  ['a tag with a space', { tag: 'my tag' }, 'tag', /characters/],
  ['a tag with a slash', { tag: 'a/b' }, 'tag', /characters/],
  // access, strategy
  ['access "private"', { access: 'private' }, 'access', /"public", "restricted"/],
  ['access in capitals', { access: 'PUBLIC' }, 'access', /"public", "restricted"/],
  ['access "true"', { access: 'true' }, 'access', /"public", "restricted"/],
  ['strategy "always"', { strategy: 'always' }, 'strategy', /"all", "upgrade"/],
  ['strategy in capitals', { strategy: 'ALL' }, 'strategy', /"all", "upgrade"/],
  // booleans, numbers
  ['dry-run "yes"', { 'dry-run': 'yes' }, 'dry-run', /not a boolean/],
  ['provenance "1"', { provenance: '1' }, 'provenance', /"1" is not one of "auto", "true", "false"/],
  ['trusted-publishing "yes"', { 'trusted-publishing': 'yes' }, 'trusted-publishing', /"yes" is not one of "auto", "true", "false"/],
  ['ignore-scripts "no"', { 'ignore-scripts': 'no' }, 'ignore-scripts', /not a boolean/],
  ['workspaces "maybe"', { workspaces: 'maybe' }, 'workspaces', /not a boolean/],
  ['stage "yes"', { stage: 'yes' }, 'stage', /not a boolean/],
  ['on-otp-unavailable "skip"', { 'on-otp-unavailable': 'skip' }, 'on-otp-unavailable', /"skip" is not one of "fail", "stage"/],
  ['concurrency 0', { concurrency: '0' }, 'concurrency', /whole number from 1 to 64/],
  ['concurrency -1', { concurrency: '-1' }, 'concurrency', /whole number/],
  ['concurrency "abc"', { concurrency: 'abc' }, 'concurrency', /whole number/],
  ['concurrency 100', { concurrency: '100' }, 'concurrency', /from 1 to 64/],
  ['concurrency 1.5', { concurrency: '1.5' }, 'concurrency', /whole number/],
  ['timeout 0', { timeout: '0' }, 'timeout', /whole number/],
  ['timeout "soon"', { timeout: 'soon' }, 'timeout', /whole number/],
  // package
  ['a path that does not exist', { package: 'no/such/folder' }, 'package', /"no\/such\/folder".*no such file or folder/],
  ['a file that is neither package.json nor .tgz', { package: 'README.md' }, 'package', /neither a package\.json nor a \.tgz/],
  ['a corrupt .tgz', { package: 'corrupt.tgz' }, 'corrupt.tgz', /not a readable npm package tarball/],
  ['a truncated .tgz', { package: 'truncated.tgz' }, 'truncated.tgz', /not a readable npm package tarball/],
  ['a package.json that is not JSON', { package: 'notjson' }, 'notjson', /not valid JSON/],
  ['a package.json without a name', { package: 'noname' }, 'noname', /no "name"/],
  ['a package.json without a version', { package: 'noversion' }, 'noversion', /no "version"/],
  ['a version that is not semver', { package: 'badversion' }, 'badversion', /Invalid version: "banana"\. Fix package\.json/],
  ['private: true', { package: 'private' }, 'package', /"private": true/],
  ['a folder without package.json', { package: 'empty' }, 'package', /no package\.json in the folder/],
  ['whitespace as package, in a folder without package.json', { package: '   ' }, 'package', /no package\.json in the folder/],
  ['publishConfig.access that is not public or restricted', { package: 'pcaccess' }, 'pcaccess', /publishConfig\.access/],
  ['publishConfig.tag that is a semver range', { package: 'pctag' }, 'pctag', /publishConfig\.tag .*semver range/],
  ['a glob that matches nothing', { package: 'nothing-here/*' }, 'package', /matches no package/],
  ['workspaces on a root without workspaces', { package: 'noworkspaces', workspaces: 'true' }, 'workspaces', /declares no workspaces/],
  ['no token anywhere', { token: '' }, 'token', /No npm token/],
]

describe(`${CASES.length} bad inputs: one message naming the input (or the package, for what is wrong in it), and no publish request`, () => {
  test('the table covers at least 40 distinct bad inputs', () => {
    assert.ok(CASES.length >= 40)
    assert.equal(new Set(CASES.map(([what]) => what)).size, CASES.length)
  })
  for (const [what, inputs, input, message] of CASES) {
    test(what, async () => {
      const start = registry.log.length
      const cwd = inputs.package === '   ' ? join(work, 'nothing-here') : work
      const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': KEY, package: 'good', ...inputs }, { cwd })
      assert.equal(run.exitCode, 1, run.stdout)
      assert.equal(run.stdout.split('\n').filter(line => line.startsWith('::error::')).length, 1, 'one message')
      assert.ok(run.error.includes(`"${input}"`), `the message names "${input}": ${run.error}`)
      assert.match(run.error, message)
      assert.equal(registry.log.slice(start).filter(record => record.method === 'PUT').length, 0, 'no publish request')
    })
  }
})
