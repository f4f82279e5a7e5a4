import { Session } from '@parley/contract';
import type { TSchema } from 'typebox';
import { createAgentTeamSide } from '../client/createAgentTeamSide';
import { createScenarioClients } from '../client/createScenarioClients';
import { buildRequest } from '../http/buildRequest';
import { checkResponse } from '../http/checkResponse';
import { describeResult } from '../http/describeResult';
import type { HttpResult, RequestLine } from '../http/HttpResult';
import type { RequestOptions } from '../http/RequestOptions';
import { mediaTypeOf, readResult } from '../http/readResult';
import type { EventStream } from '../sse/EventStream';
import { openEventStream } from '../sse/openEventStream';
import { ConformanceFailure, ScenarioSkip } from './ConformanceFailure';
import type { PreparedRun } from './PreparedRun';
import type { ScenarioContext } from './ScenarioContext';
import { schemaErrors } from './schemaErrors';

/** A scenario's context and what the runner needs to clean up after it. @internal */
export interface ScenarioContextHandle {
  ctx: ScenarioContext;
  /** The last request sent, for failures that name none. */
  lastRequest(): RequestLine | undefined;
  /** Closes every event stream the scenario opened and destroys its clients. */
  dispose(): void;
}

function schemaName(schema: TSchema): string {
  const id = (schema as { $id?: unknown }).$id;
  return typeof id === 'string' ? id : 'the contract schema';
}

function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * Creates the {@link ScenarioContext} of one scenario run; every request and stream is tied to `signal`.
 * @internal
 */
export function createScenarioContext(run: PreparedRun, signal: AbortSignal): ScenarioContextHandle {
  let last: RequestLine | undefined;
  const streams = new Set<EventStream>();
  const clients = createScenarioClients(run, signal, (line) => {
    last = line;
  });

  async function send(method: string, path: string, options: RequestOptions): Promise<HttpResult> {
    const built = buildRequest(run.target.baseUrl, method, path, options, signal);
    last = built.line;
    let result: HttpResult;
    try {
      const response = await run.fetch(built.url, built.init);
      result = await readResult(built.line, response);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ConformanceFailure(`The request could not be completed (${errorMessage(error)}).`, {
        request: built.line,
        expected: 'an HTTP answer',
        actual: errorMessage(error),
      });
    }
    checkResponse(result);
    return result;
  }

  function fail(message: string, details: ConstructorParameters<typeof ConformanceFailure>[1] = {}): never {
    throw new ConformanceFailure(message, last === undefined ? details : { request: last, ...details });
  }

  function expectStatus(result: HttpResult, status: number | readonly number[]): void {
    const allowed = typeof status === 'number' ? [status] : status;
    if (allowed.includes(result.status)) return;
    throw new ConformanceFailure(`Expected status ${allowed.join(' or ')}, got ${result.status}.`, {
      request: result.request,
      expected: `status ${allowed.join(' or ')}`,
      actual: describeResult(result),
    });
  }

  const ctx: ScenarioContext = {
    target: run.target,
    config: run.config,
    signal,
    agent: {
      request(method, path, options = {}) {
        if (run.agentToken === undefined) throw new ScenarioSkip('needs --agent-token');
        return send(method, path, { ...options, token: run.agentToken });
      },
    },
    request: (method, path, options = {}) => send(method, path, options),
    async session(body = {}) {
      const result = await send('POST', '/v1/session', {
        body: { widgetKey: run.target.widgetKey, ...body },
      });
      return ctx.expectJson(result, 201, Session);
    },
    expectStatus,
    expectProblem(result, status, code) {
      const body = result.json as { code?: unknown } | undefined;
      if (result.status !== status || body?.code !== code) {
        throw new ConformanceFailure(`Expected a ${status} problem with code ${code}.`, {
          request: result.request,
          expected: `status ${status}, code ${code}`,
          actual: describeResult(result),
        });
      }
      // checkResponse has already proven that every error is a valid Problem.
      return result.json as ReturnType<ScenarioContext['expectProblem']>;
    },
    expectSchema(schema, value, what = 'The body') {
      const errors = schemaErrors(schema, value);
      if (errors.length > 0) {
        const name = schemaName(schema);
        fail(`${what} does not match ${name}.`, { expected: name, schemaErrors: errors });
      }
      return value as never;
    },
    expectJson(result, status, schema) {
      expectStatus(result, status);
      const errors = schemaErrors(schema, result.json);
      if (errors.length > 0) {
        const name = schemaName(schema);
        throw new ConformanceFailure(`The ${result.status} body does not match ${name}.`, {
          request: result.request,
          expected: name,
          ...(result.json === undefined ? { actual: describeResult(result) } : {}),
          schemaErrors: errors,
        });
      }
      return result.json as never;
    },
    check(condition, message, details = {}) {
      if (!condition) fail(message, details);
    },
    fail,
    skip(reason) {
      throw new ScenarioSkip(reason);
    },
    async events({ token, lastEventId, agent = false, path = '/v1/events' }) {
      const controller = new AbortController();
      const abort = () => controller.abort();
      signal.addEventListener('abort', abort, { once: true });
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
      const bearer = agent ? run.agentToken : token;
      if (agent && bearer === undefined) throw new ScenarioSkip('needs --agent-token');
      const built = buildRequest(
        run.target.baseUrl,
        'GET',
        path,
        { headers, ...(bearer === undefined ? {} : { token: bearer }) },
        controller.signal,
      );
      last = built.line;
      let response: Response;
      try {
        response = await run.fetch(built.url, built.init);
      } catch (error) {
        signal.removeEventListener('abort', abort);
        if (signal.aborted) throw error;
        throw new ConformanceFailure(`The event stream could not be opened (${errorMessage(error)}).`, {
          request: built.line,
          expected: 'an HTTP answer',
          actual: errorMessage(error),
        });
      }
      if (response.status !== 200 || mediaTypeOf(response.headers) !== 'text/event-stream') {
        const result = await readResult(built.line, response);
        signal.removeEventListener('abort', abort);
        checkResponse(result);
        throw new ConformanceFailure('The event stream did not open.', {
          request: built.line,
          expected: 'status 200, text/event-stream',
          actual: describeResult(result),
        });
      }
      const stream = openEventStream({
        request: built.line,
        response,
        abort: () => {
          signal.removeEventListener('abort', abort);
          controller.abort();
        },
        defaultWaitMs: Math.min(5000, run.timeoutMs),
      });
      streams.add(stream);
      return stream;
    },
    unique: (prefix) => run.unique(prefix),
    client: (options) => clients.create(options),
    get team() {
      return run.team ?? createAgentTeamSide(ctx);
    },
    sleep(ms) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
        signal.addEventListener('abort', done, { once: true });
      });
    },
  };

  return {
    ctx,
    lastRequest: () => last,
    dispose() {
      for (const stream of streams) stream.close();
      streams.clear();
      clients.destroyAll();
    },
  };
}
