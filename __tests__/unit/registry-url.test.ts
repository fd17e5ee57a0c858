/** The one way a path reaches the registry: under its origin and path prefix, or refused. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { registryPathUrl } from '../../src/core/registry/url.ts'

const REGISTRY = 'https://host.example/api/npm/npm-local/'

describe('registryPathUrl', () => {
  test('registry paths: under the prefix, as written', () => {
    for (const [path, url] of [
      ['/pkg', `${REGISTRY}pkg`],
      ['/@scope%2fname', `${REGISTRY}@scope%2fname`],
      ['/@scope/name', `${REGISTRY}@scope/name`],
      ['/-/package/@s%2fn/dist-tags/next', `${REGISTRY}-/package/@s%2fn/dist-tags/next`],
      ['/-/v1/search?text=a&size=2', `${REGISTRY}-/v1/search?text=a&size=2`],
      ['/pkg/-/pkg-1.0.0.tgz', `${REGISTRY}pkg/-/pkg-1.0.0.tgz`],
      ['/-/npm/v1/user', `${REGISTRY}-/npm/v1/user`],
    ]) {
      assert.deepEqual(registryPathUrl(REGISTRY, path), { url }, path)
    }
  })

  test('whatever could leave the origin or the prefix is refused', () => {
    for (const path of [
      'http://other/steal',
      '/http://host.example/other',
      '/HTTPS:%2F%2Fother/x',
      '//other/steal',
      '/../other',
      '/%2e%2e/other',
      '/%2E./other',
      '/%252e%252e/other',
      '/.%2e/other',
      '/a/%2e/b',
      '/-/..%2f..%2fother',
      '/@s%2f..%2f..%2fother',
      '/%2f%2fother',
      '/a%5c..%5cb',
      '/a\\..\\b',
      '/a//b',
      '/a%zz%',
      '/a%41%',
      '/a#frag',
      '/a b',
    ]) {
      assert.ok('refused' in registryPathUrl(REGISTRY, path), path)
    }
  })

  test('any path it accepts stays under the origin and prefix, as a URL parser reads it', () => {
    const piece = fc.constantFrom('a', '.', '..', '%2e', '%2E', '%2f', '%5c', '%25', '/', '\\', '@', ':', 'http:', '//', '?', '%252e', 'x.y', '-')
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), pieces => {
        const path = `/${pieces.join('')}`
        const result = registryPathUrl(REGISTRY, path)
        if ('refused' in result) return
        const parsed = new URL(result.url)
        assert.equal(parsed.origin, 'https://host.example')
        assert.ok(parsed.pathname.startsWith('/api/npm/npm-local/'), path)
        assert.ok(!decodeURIComponent(parsed.pathname).split('/').includes('..'), path)
      }),
      { numRuns: 2000 },
    )
  })
})
