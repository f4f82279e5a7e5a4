// `@parley/conformance/vitest`: the conformance suite as Vitest tests.

export type { ConformanceSuiteOptions, StartedBackend } from './vitest/defineConformanceSuite';
export { defineConformanceSuite } from './vitest/defineConformanceSuite';
