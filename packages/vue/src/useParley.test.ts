import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { provideParley } from './provideParley';
import { createFakeClient } from './testing/createFakeClient';
import { useParley } from './useParley';

afterEach(() => {
  document.body.replaceChildren();
});

describe('useParley', () => {
  it('throws a [parley] error outside a component and in a component with no client provided', () => {
    expect(() => useParley()).toThrow(/^\[parley\] .*createParley/);
    const app = createApp(
      defineComponent(() => {
        useParley();
        return () => null;
      }),
    );
    app.config.warnHandler = () => undefined;
    let thrown: unknown;
    app.config.errorHandler = (error) => {
      thrown = error;
    };
    app.mount(document.createElement('div'));
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(/^\[parley\] .*provideParley/);
  });

  it('finds the client given to provideParley by a parent component', () => {
    const fake = createFakeClient();
    let found: unknown;
    const Child = defineComponent(() => {
      found = useParley();
      return () => null;
    });
    createApp(
      defineComponent(() => {
        provideParley(fake.client);
        return () => h(Child);
      }),
    ).mount(document.createElement('div'));
    expect(found).toBe(fake.client);
  });
});
