const taskStart = /^(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]([^\r\n]{0,64})/
// Plain text starts with none of the characters that may open inline
// syntax: code, emphasis, links, images, HTML, strikethrough, escapes and
// references; nor with one of GFM's literal autolinks.
const plainStart = /^[ \t]+(?![ \t]|[`*_[!<~\\&])[^\r\n]/
const autolinkStart = /^[ \t]+(?:www\.|https?:\/\/|mailto:|xmpp:|[\w.+-]+@)/i

/**
 * Whether a task item's checkbox is followed by plain text on its line.
 *
 * remark-gfm moves the start of a task's paragraph past the checkbox only
 * when plain text follows `[x] `: when code, emphasis, a link, HTML or an
 * autolink follows, or the line ends, the paragraph keeps starting at the
 * `[`. Where this is false, a block's positions depend on inline syntax.
 *
 * @param item The item's line from its marker, such as `- [ ] Read`.
 */
export function isPlainAfterBox(item: string): boolean {
  const after = taskStart.exec(item.slice(0, 96))?.[1]

  return (
    after !== undefined && plainStart.test(after) && !autolinkStart.test(after)
  )
}
