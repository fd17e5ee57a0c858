/**
 * A real forward proxy (the `proxy` package: CONNECT tunnels and absolute-URI
 * requests) on 127.0.0.1 that records every request it relays, so that a test
 * can tell whether a publish went through it.
 */
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createProxy } from 'proxy'

export interface TestProxy {
  url: string
  /** "CONNECT 127.0.0.1:1234" for a tunnel, "PUT http://127.0.0.1:1234/name" for a plain request. */
  seen: string[]
  stop(): Promise<void>
}

export async function startProxy(): Promise<TestProxy> {
  const seen: string[] = []
  const server = createProxy(http.createServer())
  server.authenticate = req => {
    seen.push(`${req.method} ${req.url}`)
    return true
  }
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    async stop() {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    },
  }
}
