/**
 * What the relay forwards: reads, publishes of new versions, staging and dist-tags of the run's
 * packages; never another write, told apart by what the body changes and not only by the URL.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { classifyRequest } from '../../src/relay/policy.ts'

const RUN = new Set(['a', '@s/b'])
const body = (document: unknown) => Buffer.from(JSON.stringify(document))

/** A publish document as libnpmpublish builds it. */
function publishDocument(name: string, version: string, extra: Record<string, unknown> = {}) {
  return {
    _id: name,
    name,
    description: 'x',
    'dist-tags': { latest: version },
    versions: { [version]: { name, version, dist: { tarball: `http://r/${name}/-/${name}-${version}.tgz` } } },
    access: null,
    _attachments: { [`${name.replace('/', '-')}-${version}.tgz`]: { content_type: 'application/octet-stream', data: 'AAAA', length: 3 } },
    ...extra,
  }
}

describe("the relay's policy", () => {
  test('reads pass, for any package, and say which package they are about', () => {
    assert.deepEqual(classifyRequest('GET', '/anything', undefined, RUN), { kind: 'read', name: 'anything' })
    assert.deepEqual(classifyRequest('GET', '/@s%2fb', undefined, RUN), { kind: 'read', name: '@s/b' })
    assert.deepEqual(classifyRequest('GET', '/-/package/@s%2fb/dist-tags', undefined, RUN), { kind: 'read', name: '@s/b' })
    assert.deepEqual(classifyRequest('HEAD', '/-/whoami', undefined, RUN), { kind: 'read', name: undefined })
  })

  test('a publish of a new version of a run package, scoped or not, escaped or not: the version, its manifest and tarball, tag and access', () => {
    const action = classifyRequest('PUT', '/a', body(publishDocument('a', '1.0.0')), RUN)
    assert.equal(action.kind, 'publish')
    const write = action as Extract<typeof action, { kind: 'publish' }>
    assert.deepEqual([write.name, write.version, write.tag, write.access, write.tarball.toString('base64')], ['a', '1.0.0', 'latest', undefined, 'AAAA'])
    assert.deepEqual(write.manifest, publishDocument('a', '1.0.0').versions['1.0.0'])
    for (const path of ['/@s%2fb', '/@s/b']) assert.equal(classifyRequest('PUT', path, body(publishDocument('@s/b', '2.0.0', { access: 'public' })), RUN).kind, 'publish')
  })

  test('staging and dist-tags of a run package', () => {
    assert.equal(classifyRequest('POST', '/-/stage/package/@s%2fb', body(publishDocument('@s/b', '2.0.0')), RUN).kind, 'stage')
    assert.deepEqual(classifyRequest('PUT', '/-/package/a/dist-tags/next', body('1.0.0'), RUN), { kind: 'dist-tag', name: 'a', tag: 'next', version: '1.0.0' })
    assert.deepEqual(classifyRequest('DELETE', '/-/package/@s%2fb/dist-tags/beta', undefined, RUN), { kind: 'dist-tag', name: '@s/b', tag: 'beta' })
  })

  const refused: [string, string, string, Buffer | undefined, RegExp][] = [
    ['a publish of another package', 'PUT', '/c', body(publishDocument('c', '1.0.0')), /not a package of this run/],
    ['a deprecation (the document without a tarball)', 'PUT', '/a', body({ _id: 'a', name: 'a', versions: { '1.0.0': { deprecated: 'no' } } }), /without a new version/],
    ['a publish that also changes other fields', 'PUT', '/a', body(publishDocument('a', '1.0.1', { time: {}, users: {} })), /also changes time, users/],
    ['a publish that moves latest to an older version', 'PUT', '/a', body(publishDocument('a', '1.0.1', { 'dist-tags': { latest: '0.9.0' } })), /moves the dist-tag "latest"/],
    ['a publish that also rewrites an existing version', 'PUT', '/a', body({ ...publishDocument('a', '1.0.1'), versions: { ...publishDocument('a', '1.0.1').versions, '0.9.0': { deprecated: 'x' } } }), /changes 2 versions \(1\.0\.1, 0\.9\.0\); a publish sends one/],
    ['a publish whose manifest is another version', 'PUT', '/a', body({ ...publishDocument('a', '1.0.1'), versions: { '1.0.1': { name: 'a', version: '9.9.9' } } }), /names another package or version/],
    ['a publish with an attachment that is not its tarball', 'PUT', '/a', body({ ...publishDocument('a', '1.0.1'), _attachments: { 'a-1.0.1.tgz': { data: 'AAAA' }, 'evil.js': { data: 'AAAA' } } }), /attachments are not its tarball \(evil\.js\)/],
    ['a dist-tag whose body is not a version', 'PUT', '/-/package/a/dist-tags/next', body({ version: '1.0.0' }), /not a version/],
    ['a document that names another package', 'PUT', '/a', body(publishDocument('c', '1.0.0')), /names another package/],
    ['an owner change (a write at a revision)', 'PUT', '/a/-rev/3-abc', body({}), /at a revision/],
    ['an unpublish', 'DELETE', '/a/-rev/3-abc', undefined, /unpublish/],
    ['a DELETE of the document', 'DELETE', '/a', undefined, /unpublish/],
    ['an access change', 'POST', '/-/package/a/access', body({ access: 'restricted' }), /access or 2FA settings/],
    ['a token', 'POST', '/-/npm/v1/tokens', body({}), /tokens/],
    ['a profile change', 'POST', '/-/npm/v1/user', body({}), /profile/],
    ['a hook', 'POST', '/-/npm/v1/hooks/hook', body({}), /hooks/],
    ['a team change', 'PUT', '/-/team/org/team/user', body({}), /organisation or a team/],
    ['a login', 'PUT', '/-/user/org.couchdb.user:me', body({}), /login/],
    ['an approval of a staged version', 'POST', '/-/stage/1234/approve', undefined, /approval/],
    ['a dist-tag of another package', 'PUT', '/-/package/c/dist-tags/latest', body('1.0.0'), /not a package of this run/],
    ['a body that is not JSON', 'PUT', '/a', Buffer.from('nope'), /not JSON/],
  ]
  for (const [name, method, path, data, reason] of refused) {
    test(`refused: ${name}`, () => {
      const action = classifyRequest(method, path, data, RUN)
      assert.equal(action.kind, 'refused')
      assert.match((action as { what: string }).what, reason)
    })
  }
})
