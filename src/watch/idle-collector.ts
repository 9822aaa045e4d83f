import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Collects garbage once a watch has been quiet for a while, as browsers
 * do in idle time. A sync of a large tracker leaves tens of megabytes of
 * old texts and models behind; collected bit by bit in the middle of the
 * next save, they cost it tens of milliseconds. Collected while the person
 * types (about 150 ms for a watch of 10,000 days), they cost nothing
 * anyone waits for, unless a save comes in those very milliseconds.
 */
export class IdleCollector {
  readonly #quiet: number
  /** The collection; null when turned off or stopped. */
  #collect: (() => void) | null
  #timer: NodeJS.Timeout | undefined

  /**
   * @param quiet Milliseconds without work before collecting; 0 never
   *   collects, and leaves V8's flags alone.
   * @param collect The collection; default: V8's own full collection.
   */
  constructor(quiet: number, collect?: () => void) {
    this.#quiet = quiet
    this.#collect = quiet > 0 ? (collect ?? exposeGc()) : null
  }

  /** Never collect again: the watch is closing. */
  stop(): void {
    this.postpone()
    this.#collect = null
  }

  /** Work starts or is coming: no collection until it is quiet again. */
  postpone(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  /**
   * Work just ended: collect once nothing else has happened for the quiet
   * time, when `isIdle` still says so then.
   *
   * @param isIdle Whether no work waits or runs.
   */
  schedule(isIdle: () => boolean): void {
    const collect = this.#collect
    if (!collect) return

    this.postpone()
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      if (isIdle()) collect()
    }, this.#quiet)
    // A collection to come never keeps the process alive.
    this.#timer.unref()
  }
}

/** V8's collection once made callable, so the flag is set only once. */
let exposed: (() => void) | null | undefined

/**
 * V8's full garbage collection, made callable; null where the flag cannot
 * be set, which only costs speed. The flag gives `gc` to contexts made
 * from now on, not to the program's own.
 */
function exposeGc(): (() => void) | null {
  if (exposed !== undefined) return exposed

  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    exposed = typeof gc === 'function' ? () => gc() : null
  } catch {
    exposed = null
  }

  return exposed
}
