/** An output stream that keeps what is written, for `main()` tests. */
export interface CapturedStream {
  write(chunk: string): boolean
  isTTY: boolean
  /** Everything written so far. */
  text: string
}

/** Make a stream that records writes; `isTTY` pretends to be a terminal. */
export function captureStream(isTTY = false): CapturedStream {
  return {
    isTTY,
    text: '',
    write(chunk: string) {
      this.text += chunk
      return true
    }
  }
}
