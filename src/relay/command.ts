/**
 * The command behind the relay: started in a process group of its own, its output passed on line by
 * line, and ended (the whole group: a shell and what it started) when the run's time is up.
 */
import { spawn, type ChildProcess } from 'node:child_process'

/** What the command is: an argument vector, or a line for the shell. */
export type Command = { argv: string[] } | { shell: string }

/** How long the command has to end after SIGTERM before it gets SIGKILL, ms. */
export const TERMINATE_GRACE_MS = 5_000

export interface RunningCommand {
  /** Resolves when the command (its first process) has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** SIGTERM to the command's process group, then SIGKILL after a grace period; resolves when it has exited. */
  terminate(): Promise<void>
}

export function describeCommand(command: Command): string {
  return 'shell' in command ? command.shell : command.argv.join(' ')
}

/** Start the command; `onOutput` gets each line of its output. Rejects `exited` when it cannot be started. */
export function startCommand(command: Command, cwd: string, env: NodeJS.ProcessEnv, onOutput: (stream: 'stdout' | 'stderr', line: string) => void): RunningCommand {
  const options = { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' }
  const child: ChildProcess = 'shell' in command ? spawn(command.shell, { ...options, shell: true }) : spawn(command.argv[0], command.argv.slice(1), options)
  for (const stream of ['stdout', 'stderr'] as const) {
    let pending = ''
    child[stream]!.setEncoding('utf8')
    child[stream]!.on('data', (chunk: string) => {
      pending += chunk
      const parts = pending.split('\n')
      pending = parts.pop() ?? ''
      for (const line of parts) onOutput(stream, line)
    })
    child[stream]!.on('end', () => {
      if (pending) onOutput(stream, pending)
    })
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  exited.catch(() => undefined)
  // Our own end ends the command too (a Ctrl-C on a terminal reaches only our process group).
  const onSignal = (signal: NodeJS.Signals) => {
    signalGroup(child, signal)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    process.kill(process.pid, signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  void exited.finally(() => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  })
  return {
    exited,
    async terminate() {
      if (child.exitCode !== null || child.signalCode !== null) return
      signalGroup(child, 'SIGTERM')
      const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), TERMINATE_GRACE_MS)
      await exited.catch(() => undefined)
      clearTimeout(killer)
      // What the command left running in its group (a shell's children) ends with it.
      signalGroup(child, 'SIGKILL')
    },
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal)
  } catch {
    // Gone already.
  }
}
