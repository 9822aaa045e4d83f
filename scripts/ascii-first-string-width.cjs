'use strict'

/**
 * string-width's measure for yargs' help layout, which counts a string of
 * printable ASCII as one column a character (as string-width does) and
 * loads string-width only for other text. Bundled in place of the
 * string-width that yargs, cliui and wrap-ansi import; see
 * `scripts/bundle.js`.
 */
let measure = null

module.exports = function stringWidth(text, options) {
  if (typeof text === 'string' && /^[\x20-\x7e]*$/.test(text)) {
    return text.length
  }

  measure ??= require('string-width').default
  return measure(text, options)
}
