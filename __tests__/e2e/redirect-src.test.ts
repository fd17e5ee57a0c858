/**
 * The redirect guard holds when the code runs from src/ (the local-action recipe, tests through
 * Node's type stripping), not only from the bundle: npm-registry-fetch, as installed (patched by
 * patches/ at npm ci), passes `redirect: 'manual'` on, so neither a read nor a publish follows a
 * redirect with the token and the code to another address.
 */
import assert from 'node:assert/strict'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import libnpmpublish from 'libnpmpublish'
import { systemClock } from '../../src/common/log.ts'
import { RegistryRedirectError } from '../../src/core/errors.ts'
import { guardedFetchOptions } from '../../src/core/registry/fetch.ts'
import { readRegistryState } from '../../src/core/registry/packument.ts'

const TOKEN = 'npm_redirect_guard_token_0123456789'
let registry: http.Server
let elsewhere: http.Server
const seenElsewhere: { method?: string; url?: string; authorization?: string; otp?: string }[] = []
let registryUrl = ''

async function listen(server: http.Server): Promise<string> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

before(async () => {
  elsewhere = http.createServer((request, response) => {
    seenElsewhere.push({ method: request.method, url: request.url, authorization: request.headers.authorization, otp: request.headers['npm-otp'] as string | undefined })
    request.resume()
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
  })
  const target = await listen(elsewhere)
  // Every request to the "registry" is sent elsewhere: a 302 for reads, a 307 (method and body kept) for writes.
  registry = http.createServer((request, response) => {
    request.resume()
    response.writeHead(request.method === 'GET' ? 302 : 307, { location: new URL(request.url ?? '/', target).href }).end()
  })
  registryUrl = await listen(registry)
})

after(async () => {
  registry?.close()
  elsewhere?.close()
})

const options = () => guardedFetchOptions({ registry: registryUrl, [`//${new URL(registryUrl).host}/:_authToken`]: TOKEN, timeout: 5_000 })

describe('from src/, a redirect is never followed', () => {
  test('the version check: RegistryRedirectError, and nothing reaches the other address', async () => {
    await assert.rejects(readRegistryState('some-package', options(), systemClock), RegistryRedirectError)
    assert.deepEqual(seenElsewhere, [])
  })

  test('the publish request (libnpmpublish): the 307 comes back as the answer, and neither the token nor the code goes along', async () => {
    const manifest = { name: 'some-package', version: '1.0.0' }
    const tarball = Buffer.from('not really a tarball')
    const response = (await libnpmpublish.publish(manifest as Parameters<typeof libnpmpublish.publish>[0], tarball, { ...options(), otp: '123456' } as Parameters<typeof libnpmpublish.publish>[2])) as { status: number }
    assert.equal(response.status, 307)
    assert.deepEqual(seenElsewhere, [], 'the other address got no request')
  })
})
