// Preloaded with `node --require`: writes the source of each regular
// expression built with `new RegExp` whose source names a Unicode
// property of strings such as `\p{RGI_Emoji}` (costly to compile), and
// `Intl.Segmenter` for each segmenter made (which loads ICU's break
// rules), to the file named by TRACKMD_REGEXP_LOG, one per line, when the
// process exits.
const { appendFileSync } = require('node:fs')

const sources = []

globalThis.RegExp = new Proxy(RegExp, {
  construct(target, args, newTarget) {
    const source = String(args[0])
    if (source.includes('RGI_Emoji')) sources.push(source)
    return Reflect.construct(target, args, newTarget)
  }
})

Intl.Segmenter = new Proxy(Intl.Segmenter, {
  construct(target, args, newTarget) {
    sources.push('Intl.Segmenter')
    return Reflect.construct(target, args, newTarget)
  }
})

process.on('exit', () => {
  appendFileSync(process.env.TRACKMD_REGEXP_LOG, sources.join('\n'))
})
