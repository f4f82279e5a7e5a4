// `@parley/conformance`: the Parley contract's test suite, runnable against any backend URL.
// The CLI is `parley-conformance`; the Vitest entry is `@parley/conformance/vitest`.

export type { ClientCall } from './client/ClientCall';
export { clientCalls } from './client/ClientCall';
export type { ClientScenario } from './client/ClientScenario';
export type { ClientScenarioContext, UntilOptions, WatchedStore } from './client/ClientScenarioContext';
export { defineClientScenario } from './client/defineClientScenario';
export type { ScenarioClientOptions } from './client/ScenarioClientOptions';
export type { TeamSide } from './client/TeamSide';
export type { HttpResult, RequestLine } from './http/HttpResult';
export type { RequestOptions } from './http/RequestOptions';
export { formatFailure } from './report/formatFailure';
export { formatFailures, formatReport, formatResultLine, formatTotals } from './report/formatReport';
export type { FailureDetails } from './runner/ConformanceFailure';
export { ConformanceFailure } from './runner/ConformanceFailure';
export type { ConformanceOptions } from './runner/ConformanceOptions';
export { runConformance } from './runner/runConformance';
export type { ConformanceArea, Requirement, Scenario } from './runner/Scenario';
export { conformanceAreas } from './runner/Scenario';
export type {
  AgentRequests,
  EventStreamOptions,
  ScenarioContext,
  ScenarioTarget,
} from './runner/ScenarioContext';
export type { ConformanceReport, ScenarioResult } from './runner/ScenarioResult';
export { schemaErrors } from './runner/schemaErrors';
export { clientScenarios } from './scenarios/client/clientScenarios';
export { scenarios } from './scenarios/scenarios';
export type { EventStream } from './sse/EventStream';
export type { SseFrame } from './sse/SseFrame';
