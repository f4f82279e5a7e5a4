import type { ArticleSearchState } from '@parley/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { createFakeClient } from './testing/createFakeClient';
import { mountWithClient } from './testing/mountWithClient';
import { useArticleSearch } from './useArticleSearch';

afterEach(() => {
  document.body.replaceChildren();
});

describe('useArticleSearch', () => {
  it('searches the query as it changes, re-renders with the results, and stops on unmount', async () => {
    const fake = createFakeClient();
    const query = ref('reset');
    let search: Readonly<{ value: ArticleSearchState }> | undefined;
    const { app, element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        search = useArticleSearch(query, { debounceMs: 0 });
        return () => h('p', `${search?.value.status} ${search?.value.results.length}`);
      }),
    );
    expect(element.textContent).toBe('loading 0');
    await vi.waitFor(() => expect(element.textContent).toBe('ready 1'));
    expect(fake.searches).toEqual(['reset']);

    await search?.value.loadMore();
    await nextTick();
    expect(element.textContent).toBe('ready 2');

    query.value = 'password';
    await vi.waitFor(() => expect(fake.searches).toEqual(['reset', 'reset', 'password']));

    // Set (the watcher runs before the next render), then unmounted before its search could start.
    query.value = 'invoice';
    await nextTick();
    expect(search?.value.query).toBe('invoice');
    app.unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.searches).not.toContain('invoice');
  });
});
