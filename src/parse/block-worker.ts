/**
 * A worker thread's entry: parses the block texts it is given (those the
 * line scanner left) into reduced trees with micromark, and posts them
 * back. Started by `parseBlockTrees`.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parseWithMicromark } from './block-tree.js'

const texts = workerData as string[]

// As JSON, which the main thread reads faster than a structured clone.
parentPort?.postMessage(
  JSON.stringify(texts.map((text) => parseWithMicromark(text)))
)
