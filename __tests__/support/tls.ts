/**
 * A private certificate authority and a certificate it signs for 127.0.0.1,
 * made with the openssl command, as a company registry behind its own CA would
 * have (for 127.0.0.1 and localhost). Files are written to a temporary folder.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const openssl = (args: string[], cwd: string) => promisify(execFile)('openssl', args, { cwd })

export interface TestCertificates {
  /** The CA's certificate (PEM) and its file. */
  caPem: string
  caFile: string
  /** The server's key and certificate (PEM), signed by the CA, for 127.0.0.1 and localhost. */
  key: string
  cert: string
}

export async function makeCertificates(): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), 'otp-publish-tls-'))
  await openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=npm-otp-publish test CA'], dir)
  await writeFile(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n')
  await openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir)
  await openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext'], dir)
  const [caPem, key, cert] = await Promise.all(['ca.pem', 'server.key', 'server.pem'].map(file => readFile(join(dir, file), 'utf8')))
  return { caPem, caFile: join(dir, 'ca.pem'), key, cert }
}
