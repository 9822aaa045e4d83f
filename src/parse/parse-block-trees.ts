import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type BlockTree, parseWithMicromark } from './block-tree.js'

/** Options of `parseBlockTrees`. */
export interface ThreadOptions {
  /**
   * Parse in worker threads when the blocks hold at least this many
   * characters in all; default: 200,000. Below it, starting a thread costs
   * more than it saves. `Infinity` keeps every parse on this thread.
   */
  threadsFrom?: number
  /**
   * How many threads to parse on, this one included; default: the number
   * of cores Node may use, at most 4.
   */
  threads?: number
}

/** The default of `ThreadOptions.threadsFrom`. */
export const defaultThreadsFrom = 200_000

// Compiled, the worker sits next to this file (in dist/parse/, and in the
// bundle's dist/bundle/); run from the TypeScript sources (tests), it does
// not exist and everything stays on this thread.
const workerUrl = new URL('./block-worker.js', import.meta.url)

/**
 * Parses block texts (those the line scanner left) into reduced trees with
 * micromark, on worker threads when the texts are long enough to pay for
 * starting them. This thread parses the first
 * share itself while the workers parse theirs, and hands each share on as
 * soon as it and the ones before it are done, so that the caller can build
 * while the workers still parse.
 *
 * @param texts The texts of the blocks, in order.
 * @param options When to use threads, and how many.
 * @param consume Called with runs of trees, in the order of `texts`.
 */
export async function parseBlockTrees(
  texts: readonly string[],
  options: ThreadOptions,
  consume: (trees: BlockTree[]) => void
): Promise<void> {
  const threads = Math.max(
    1,
    Math.min(options.threads ?? availableParallelism(), 4, texts.length)
  )
  const length = texts.reduce((total, text) => total + text.length, 0)

  if (
    threads < 2 ||
    length < (options.threadsFrom ?? defaultThreadsFrom) ||
    !existsSync(fileURLToPath(workerUrl))
  ) {
    // One block at a time, so that only one block's full tree is alive.
    for (const text of texts) consume([parseWithMicromark(text)])
    return
  }

  const shares = divide(texts, threads)
  const pending = shares.slice(1).map((share) => parseInWorker(share))

  // Failing workers must not go unhandled while this thread parses.
  for (const promise of pending) promise.catch(() => undefined)

  for (const text of shares[0] ?? []) consume([parseWithMicromark(text)])
  for (const promise of pending) consume(await promise)
}

/**
 * Splits texts into runs of about the same total length, keeping order.
 * The first run, which this thread parses while the workers start, is a
 * little longer.
 */
function divide(texts: readonly string[], parts: number): string[][] {
  const total = texts.reduce((sum, text) => sum + text.length, 0)
  // Starting a worker and loading the parser in it takes about as long as
  // parsing 100 KB, so this thread takes that much more.
  const head = 100_000
  const size = (total + head) / parts
  const shares: string[][] = [[]]
  let filled = 0
  let limit = size

  for (const text of texts) {
    if (filled >= limit && shares.length < parts) {
      shares.push([])
      limit += size - head / (parts - 1)
    }
    shares.at(-1)?.push(text)
    filled += text.length
  }

  return shares
}

/** Parses texts in a new worker thread, which ends when it is done. */
function parseInWorker(texts: string[]): Promise<BlockTree[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: texts,
      // A larger young generation: the parser makes many short-lived
      // objects, and the default one fills (and is collected) often.
      resourceLimits: { maxYoungGenerationSizeMb: 96 }
    })

    // The trees come as JSON: for these plain trees, JSON.parse on this
    // thread is about 4 times as fast as a structured clone.
    worker.once('message', (json: string) =>
      resolve(JSON.parse(json) as BlockTree[])
    )
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`block parser exited with ${code}`))
    })
  })
}
