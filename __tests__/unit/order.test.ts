import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { describeCycle, findCycles, runInOrder, type Job, type JobOutcome } from '../../src/core/order.ts'

const job = (key: string, ...deps: string[]): Job<null> => ({ key, deps, item: null })

describe('dependency order', () => {
  test('finds cycles, including self-dependencies, and names them along their edges', () => {
    const jobs = [job('a', 'b'), job('b', 'c'), job('c', 'a'), job('d', 'a'), job('e', 'e'), job('f')]
    const cycles = findCycles(jobs).map(cycle => [...cycle].sort())
    assert.deepEqual(cycles.sort(), [['a', 'b', 'c'], ['e']])
    assert.equal(describeCycle(['a', 'b', 'c'], jobs), 'a -> b -> c -> a')
  })

  test('a long chain does not overflow the stack', () => {
    const jobs = Array.from({ length: 20_000 }, (_, i) => job(`p${i}`, ...(i ? [`p${i - 1}`] : [])))
    assert.deepEqual(findCycles(jobs), [])
  })

  test('runs each job after its dependencies, never more than the limit at once', async () => {
    const jobs = [job('app', 'lib', 'util'), job('lib', 'util'), job('util'), job('docs'), job('cli', 'lib')]
    const finished: string[] = []
    let running = 0
    let most = 0
    const outcomes = await runInOrder(jobs, 2, async ({ key, deps }) => {
      for (const dep of deps) assert.ok(finished.includes(dep), `${dep} finished before ${key} started`)
      running++
      most = Math.max(most, running)
      await new Promise(resolve => setTimeout(resolve, 5))
      running--
      finished.push(key)
      return { outcome: 'published' }
    })
    assert.equal(most, 2)
    assert.equal(finished.length, 5)
    assert.ok([...outcomes.values()].every(outcome => outcome.outcome === 'published'))
  })

  test('a failure leaves its dependents, and theirs, not attempted; others go on', async () => {
    const jobs = [job('base'), job('mid', 'base'), job('top', 'mid'), job('other')]
    const outcomes = await runInOrder(jobs, 4, async ({ key }): Promise<JobOutcome<null>> => (key === 'base' ? { outcome: 'failed', message: ['no'] } : { outcome: 'published' }))
    assert.equal(outcomes.get('mid')?.outcome, 'not attempted')
    assert.match(outcomes.get('mid')!.message!.join(''), /it depends on base, which failed/)
    assert.match(outcomes.get('top')!.message!.join(''), /it depends on mid, which needs base, which failed/)
    assert.equal(outcomes.get('other')?.outcome, 'published')
  })

  test('stopAll starts nothing new; everything left is not attempted with the reason', async () => {
    const jobs = ['a', 'b', 'c', 'd'].map(key => job(key))
    const started: string[] = []
    const outcomes = await runInOrder(jobs, 1, async ({ key }): Promise<JobOutcome<null>> => {
      started.push(key)
      return { outcome: 'failed', message: ['bad token'], stopAll: true }
    })
    assert.deepEqual(started, ['a'])
    assert.match(outcomes.get('d')!.message!.join(''), /the run stopped because a failed in a way that would fail every package: bad token/)
  })

  test('a thrown error is a failure, not a hang', async () => {
    const outcomes = await runInOrder([job('x'), job('y', 'x')], 2, async () => {
      throw new Error('boom')
    })
    assert.equal(outcomes.get('x')?.outcome, 'failed')
    assert.equal(outcomes.get('y')?.outcome, 'not attempted')
  })
})

test('a job that pauses (waiting for a fresh time step) gives up its place: another starts meanwhile, and the paused one goes on after', async () => {
  const events: string[] = []
  let release: () => void = () => undefined
  const waiting = new Promise<void>(resolve => (release = resolve))
  const jobs: Job<null>[] = [
    { key: 'a', deps: [], item: null },
    { key: 'b', deps: [], item: null },
  ]
  const done = runInOrder(jobs, 1, async ({ key }, slot): Promise<JobOutcome<null>> => {
    events.push(`start ${key}`)
    if (key === 'a') {
      await slot.pause(() => waiting)
      events.push('a resumed')
    } else {
      events.push('b done')
      release()
    }
    return { outcome: 'published' }
  })
  const outcomes = await done
  assert.deepEqual(events, ['start a', 'start b', 'b done', 'a resumed'])
  assert.deepEqual([...outcomes.values()].map(outcome => outcome.outcome), ['published', 'published'])
})

test('a paused job takes its place back before a new job starts, and never more than `concurrency` are at work', async () => {
  let atWork = 0
  let most = 0
  const jobs: Job<null>[] = Array.from({ length: 6 }, (_, i) => ({ key: `p${i}`, deps: [], item: null }))
  await runInOrder(jobs, 2, async ({ key }, slot): Promise<JobOutcome<null>> => {
    atWork++
    most = Math.max(most, atWork)
    if (Number(key.slice(1)) % 2 === 0) {
      atWork--
      await slot.pause(() => new Promise(resolve => setTimeout(resolve, 5)))
      atWork++
      most = Math.max(most, atWork)
    }
    await new Promise(resolve => setTimeout(resolve, 1))
    atWork--
    return { outcome: 'published' }
  })
  assert.ok(most <= 2, `at most 2 at work (saw ${most})`)
})
