import path from 'node:path'

/**
 * Show a file path the way messages do: relative to the working folder, with
 * forward slashes on every platform.
 *
 * @param file The file, absolute or relative to `cwd`.
 * @param cwd The working folder.
 */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file))

  // On Windows a file on another drive has no relative path; show it whole.
  return (relative === '' ? '.' : relative).split(path.sep).join('/')
}
