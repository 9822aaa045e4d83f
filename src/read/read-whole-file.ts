import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/** The most bytes one read may ask for. */
const maxRead = 2 ** 31 - 1

/**
 * Reads a whole regular file into one buffer in two reads: one for its
 * bytes, one that finds its end. `readFile` reads in chunks of 512 KiB,
 * which on a 14 MB tracker takes about three times as long; a watch reads
 * the file at every save, and once more before it writes.
 *
 * The file is opened without blocking, so that a pipe put in its place
 * since it was last looked at fails the read instead of waiting forever
 * for a writer.
 *
 * @param file The file's path.
 * @returns The bytes, as many as the file held when the read reached its
 *   end: a file that grew meanwhile is read to its new end.
 * @throws The system's error, as `readFile` would; one with the code
 *   `ENOTREGULAR` for anything but a regular file.
 */
export async function readWholeFile(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)

  try {
    const info = await handle.stat()
    if (!info.isFile()) {
      throw Object.assign(new Error(`not a regular file: ${file}`), {
        code: 'ENOTREGULAR'
      })
    }

    // Larger than one read may be: `readFile` refuses it as too large.
    if (info.size >= maxRead) return await handle.readFile()

    // One byte more than the size, to learn whether the file grew.
    const buffer = Buffer.allocUnsafe(info.size + 1)
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
