import { open } from 'node:fs/promises'

/**
 * Reads a whole file into one buffer with as few reads as it takes, most
 * often one. `readFile` reads in chunks of 512 KiB, which on a 14 MB
 * tracker takes about three times as long; a watch reads the file at
 * every save, and once more before it writes.
 *
 * @param file The file's path.
 * @returns The bytes, as many as the file held when the read reached its
 *   end: a file that grew meanwhile is read to its new end.
 * @throws The system's error, as `readFile` would.
 */
export async function readWholeFile(file: string): Promise<Buffer> {
  const handle = await open(file, 'r')

  try {
    const { size } = await handle.stat()
    // One byte more than the size, to learn whether the file grew.
    const buffer = Buffer.allocUnsafe(size + 1)
    let filled = 0

    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        filled,
        buffer.length - filled,
        filled
      )
      if (bytesRead === 0) return buffer.subarray(0, filled)
      filled += bytesRead
    }

    // Longer than it was when the read began: read it whole the usual way,
    // from the start (the reads above left the file's position there).
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
