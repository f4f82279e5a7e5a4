import { describe, expect, it } from 'vitest';
import { ParleyError } from '../errors/ParleyError';
import type { Backend } from './Backend';
import { guardBackend } from './guardBackend';

describe('guardBackend', () => {
  it('reports anything but a ParleyError an adapter throws as invalid_response, with its cause', async () => {
    const cause = new TypeError("Cannot read properties of undefined (reading 'id')");
    const guarded = guardBackend({
      getConfig: async () => {
        throw cause;
      },
      // Thrown before any promise: a rejection all the same.
      createSession: () => {
        throw 'a string';
      },
      listConversations: async () => {
        throw new ParleyError('rate_limited', 'Slow down.', { status: 429 });
      },
    } as unknown as Backend);
    await expect(guarded.getConfig({ widgetKey: 'wk' })).rejects.toMatchObject({
      code: 'invalid_response',
      cause,
    });
    await expect(guarded.createSession({ widgetKey: 'wk' })).rejects.toMatchObject({
      code: 'invalid_response',
      cause: 'a string',
    });
    // A ParleyError passes as it is.
    await expect(guarded.listConversations({}, {})).rejects.toMatchObject({
      code: 'rate_limited',
      status: 429,
    });
  });

  it('passes arguments and results through, keeps `this`, and leaves absent members absent', async () => {
    class Adapter {
      prefix = 'cnv_';
      async getConversation(id: string) {
        return { id: this.prefix + id };
      }
    }
    const guarded = guardBackend(new Adapter() as unknown as Backend);
    await expect(guarded.getConversation('7', {})).resolves.toEqual({ id: 'cnv_7' });
    expect(guarded.uploadAttachment).toBeUndefined();
    expect('pollEvents' in guarded).toBe(false);
  });
});
