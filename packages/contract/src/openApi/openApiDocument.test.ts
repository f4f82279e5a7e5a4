import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { openApiDocument, operations } from './openApiDocument';

function ajvWithComponents() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'parley', components: (openApiDocument as { components: unknown }).components });
  return ajv;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(openApiDocument) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('is what the package ships as openapi.json (run `npx vitest -u` after changing the contract)', async () => {
    await expect(`${JSON.stringify(openApiDocument, null, 2)}\n`).toMatchFileSnapshot('../../openapi.json');
  });

  it('names every shared schema once and resolves every $ref', () => {
    const text = JSON.stringify(openApiDocument);
    const schemas = (openApiDocument as { components: { schemas: Record<string, unknown> } }).components
      .schemas;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(schemas, `$ref to ${name}`).toHaveProperty([name as string]);
  });

  it('compiles every component schema as JSON Schema 2020-12', () => {
    const ajv = ajvWithComponents();
    const schemas = (openApiDocument as { components: { schemas: Record<string, unknown> } }).components
      .schemas;
    for (const name of Object.keys(schemas)) {
      expect(() => ajv.getSchema(`parley#/components/schemas/${name}`), name).not.toThrow();
    }
  });
});

describe('every operation', () => {
  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s has examples that match its own schemas',
    (_id, operation) => {
      if (operation.requestBody !== undefined && operation.requestBody.contentType === undefined) {
        const errors = [...Value.Errors(operation.requestBody.schema, operation.requestBody.example)];
        expect(errors, 'request example').toEqual([]);
      }
      for (const [status, answer] of Object.entries(operation.responses)) {
        if (answer.schema === undefined || answer.example === undefined) continue;
        const errors = [...Value.Errors(answer.schema, answer.example)];
        expect(errors, `${status} example`).toEqual([]);
      }
    },
  );

  it('documents at least one success answer and an example for every JSON body it returns', () => {
    for (const operation of operations) {
      const answers = Object.entries(operation.responses);
      expect(answers.length, operation.operationId).toBeGreaterThan(0);
      for (const [status, answer] of answers) {
        const isJson =
          answer.schema !== undefined && (answer.contentType ?? 'application/json') === 'application/json';
        if (isJson && operation.path !== '/v1/openapi.json') {
          expect(answer.example, `${operation.operationId} ${status} example`).toBeDefined();
        }
      }
    }
  });
});
