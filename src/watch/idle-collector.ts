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
  readonly #collect: (() => void) | null
  #timer: NodeJS.Timeout | undefined

  /**
   * @param quiet Milliseconds without work before collecting; 0 never
   *   collects.
   * @param collect The collection; default: V8's own full collection.
   */
  constructor(quiet: number, collect: (() => void) | null = exposeGc()) {
    this.#quiet = quiet
    this.#collect = quiet > 0 ? collect : null
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

/**
 * V8's full garbage collection, made callable; null where the flag cannot
 * be set, which only costs speed.
 */
function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? () => gc() : null
  } catch {
    return null
  }
}
