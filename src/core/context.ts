/** What one run shares between its packages (types only). */
import type { Clock, Logger } from '../common/log.ts'
import type { AuthContext } from './auth/choice.ts'
import type { Deadline } from './deadline.ts'

export interface RunContext extends AuthContext {
  /** Prefixes each line with the package when lines of several packages interleave. */
  logger: Logger
  clock: Clock
  /** The run's deadline (clock ms): no request starts or waits past it. */
  deadline: Deadline
  /**
   * Pack while the version check is on the wire. Worth it for a single package
   * (most versions checked get published); never with scripts, which must not
   * run for a version that is then skipped.
   */
  packEarly: boolean
  /** Gives up the package's place among the publishes at work while it waits for a fresh time step (order.ts's Slot). */
  pause?: <V>(wait: () => Promise<V>) => Promise<V>
}
