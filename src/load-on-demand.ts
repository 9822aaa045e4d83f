import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * A getter that loads a package the first time it is called, and after
 * that returns the same module.
 *
 * Every command pays for each package it imports, before it does anything:
 * remark and micromark take about 0.1 s to load, YAML 30 ms. Most runs need
 * neither (the line scanner reads the usual blocks, few trackers have front
 * matter), so those packages are loaded here, synchronously, on first use.
 * Node 20.19 and later can `require` an ES module that has no top-level
 * await, which all of these are.
 *
 * @param specifier The package, as an import would name it.
 */
export function onDemand<Module>(specifier: string): () => Module {
  let loaded: Module | undefined

  return () => {
    loaded ??= require(specifier) as Module
    return loaded
  }
}
