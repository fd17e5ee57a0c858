/**
 * Dependency order for a set of packages: each starts only after the packages
 * it depends on in the set; independent ones run in parallel, up to a limit.
 */
import { plain, text, type Text } from '../common/text.ts'
import type { Outcome } from './types.ts'

export interface Job<T> {
  /** The package name; dependencies refer to it. */
  key: string
  /** Keys of the jobs this one depends on (outside keys are ignored). */
  deps: string[]
  item: T
}

export interface JobOutcome<R> {
  outcome: Outcome
  message?: Text
  /** The failure will hit every package: start no new job. */
  stopAll?: boolean
  result?: R
  /** The error behind a failure, kept for the caller. */
  error?: unknown
}

/** Strongly connected components with more than one member (or a self-dependency): the cycles, each in a readable order. */
export function findCycles<T>(jobs: Job<T>[]): string[][] {
  const keys = new Set(jobs.map(job => job.key))
  const edges = new Map(jobs.map(job => [job.key, job.deps.filter(dep => keys.has(dep))]))
  // Tarjan's algorithm, iterative so that a long chain cannot overflow the stack.
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  for (const root of keys) {
    if (indexOf.has(root)) continue
    const work: [string, number][] = [[root, 0]]
    indexOf.set(root, index)
    low.set(root, index++)
    stack.push(root)
    onStack.add(root)
    while (work.length) {
      const frame = work[work.length - 1]
      const [node, next] = frame
      const deps = edges.get(node) ?? []
      if (next < deps.length) {
        frame[1]++
        const dep = deps[next]
        if (!indexOf.has(dep)) {
          indexOf.set(dep, index)
          low.set(dep, index++)
          stack.push(dep)
          onStack.add(dep)
          work.push([dep, 0])
        } else if (onStack.has(dep)) {
          low.set(node, Math.min(low.get(node)!, indexOf.get(dep)!))
        }
        continue
      }
      work.pop()
      if (work.length) {
        const parent = work[work.length - 1][0]
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!))
      }
      if (low.get(node) === indexOf.get(node)) {
        const component: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          component.push(member)
        } while (member !== node)
        if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component.reverse())
      }
    }
  }
  return cycles
}

/** "a -> b -> c -> a", following the dependency edges inside one cycle. */
export function describeCycle<T>(cycle: string[], jobs: Job<T>[]): string {
  const members = new Set(cycle)
  const deps = new Map(jobs.map(job => [job.key, job.deps.filter(dep => members.has(dep))]))
  const path = [cycle[0]]
  const seen = new Set(path)
  for (;;) {
    const next = deps.get(path[path.length - 1])?.[0]
    if (next === undefined) break
    path.push(next)
    if (seen.has(next)) break
    seen.add(next)
  }
  return path.join(' -> ')
}

/**
 * What a running job may do with its place among the `concurrency` at work: give it up while it
 * only waits (for a fresh time step), so that another job goes meanwhile, and take one back after.
 */
export interface Slot {
  /** Run `wait` without holding a place; resolves once `wait` is done and a place is free again. */
  pause<V>(wait: () => Promise<V>): Promise<V>
}

/**
 * Run every job after its dependencies, at most `concurrency` at work at once
 * (a job that pauses, see Slot, is not at work). A job whose dependency failed
 * (or was not attempted) is not attempted; a result with `stopAll` starts no
 * new job. Members of a dependency cycle fail with the cycle named. Never
 * hangs: every job ends with an outcome.
 */
export async function runInOrder<T, R>(
  jobs: Job<T>[],
  concurrency: number,
  run: (job: Job<T>, slot: Slot) => Promise<JobOutcome<R>>,
): Promise<Map<string, JobOutcome<R>>> {
  const outcomes = new Map<string, JobOutcome<R>>()
  const keys = new Set(jobs.map(job => job.key))
  const byKey = new Map(jobs.map(job => [job.key, job]))
  const waitingOn = new Map(jobs.map(job => [job.key, new Set(job.deps.filter(dep => keys.has(dep) && dep !== job.key))]))
  const dependents = new Map<string, string[]>()
  for (const job of jobs) for (const dep of waitingOn.get(job.key)!) dependents.set(dep, [...(dependents.get(dep) ?? []), job.key])

  const giveUp = (key: string, message: string) => {
    // Everything that depends on `key`, directly or not, cannot be published now.
    const queue = (dependents.get(key) ?? []).map(next => [next, key] as const)
    while (queue.length) {
      const [next, via] = queue.shift()!
      if (outcomes.has(next)) continue
      const why = via === key ? `it depends on ${key}, which ${message}` : `it depends on ${via}, which needs ${key}, which ${message}`
      outcomes.set(next, { outcome: 'not attempted', message: plain(`not attempted: ${why}`) })
      queue.push(...(dependents.get(next) ?? []).map(after => [after, next] as const))
    }
  }

  for (const cycle of findCycles(jobs)) {
    const described = describeCycle(cycle, jobs)
    for (const key of cycle) {
      outcomes.set(key, {
        outcome: 'failed',
        message: plain(`dependency cycle: ${described}. Packages in a cycle have no publish order: move one of these dependencies to devDependencies, or publish them in separate runs`),
      })
    }
    for (const key of cycle) giveUp(key, 'is in a dependency cycle')
  }

  let stopped: Text | undefined
  const ready = jobs.filter(job => !outcomes.has(job.key) && waitingOn.get(job.key)!.size === 0)
  const running = new Set<Promise<void>>()
  /** Jobs at work (running and not paused), and paused jobs waiting for a place back (they go first). */
  let atWork = 0
  const resuming: (() => void)[] = []
  let wake: () => void = () => undefined
  const changed = () => new Promise<void>(resolve => (wake = resolve))
  /** A place came free: a paused job takes it first, else the loop may start a new job. */
  const freed = () => {
    const next = resuming.shift()
    if (next) {
      atWork++
      next()
    }
    wake()
  }
  const slot: Slot = {
    async pause(wait) {
      atWork--
      freed()
      try {
        return await wait()
      } finally {
        if (atWork < concurrency && resuming.length === 0) atWork++
        else await new Promise<void>(resolve => resuming.push(resolve))
      }
    },
  }

  const start = (job: Job<T>) => {
    atWork++
    const task = run(job, slot)
      .catch((error: unknown): JobOutcome<R> => ({ outcome: 'failed', message: plain(error instanceof Error ? error.message : String(error)), error }))
      .then(outcome => {
        outcomes.set(job.key, outcome)
        if (outcome.stopAll && stopped === undefined) stopped = text`${job.key} failed in a way that would fail every package: ${outcome.message ?? []}`
        // A staged version waits for approval; its dependents go ahead (staged too, or published for approval in order).
        if (outcome.outcome === 'published' || outcome.outcome === 'staged' || outcome.outcome === 'skipped') {
          for (const dependent of dependents.get(job.key) ?? []) {
            const waiting = waitingOn.get(dependent)!
            waiting.delete(job.key)
            if (waiting.size === 0 && !outcomes.has(dependent)) ready.push(byKey.get(dependent)!)
          }
        } else {
          giveUp(job.key, outcome.outcome === 'failed' ? 'failed' : 'was not attempted')
        }
      })
      .finally(() => {
        running.delete(task)
        atWork--
        freed()
      })
    running.add(task)
  }

  for (;;) {
    while (stopped === undefined && atWork < concurrency && ready.length) {
      const job = ready.shift()!
      if (!outcomes.has(job.key)) start(job)
    }
    if (running.size === 0) break
    await Promise.race([...running, changed()])
  }
  for (const job of jobs) {
    if (!outcomes.has(job.key)) {
      outcomes.set(job.key, { outcome: 'not attempted', message: text`not attempted: the run stopped because ${stopped ?? 'an earlier package failed'}` })
    }
  }
  return outcomes
}
