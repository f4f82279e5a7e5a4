import { describe, expect, it, vi } from 'vitest';
import { createNavigation } from './createNavigation';

describe('createNavigation', () => {
  it('starts at home, pushes views and goes back to the first one, no further', () => {
    const navigation = createNavigation();
    expect(navigation.current()).toEqual({ view: 'home' });
    navigation.push({ view: 'search', query: 'refund' });
    navigation.push({ view: 'article', articleId: 'art_1' });
    expect(navigation.getSnapshot().map((route) => route.view)).toEqual(['home', 'search', 'article']);
    navigation.back();
    expect(navigation.current()).toEqual({ view: 'search', query: 'refund' });
    navigation.back();
    navigation.back();
    expect(navigation.getSnapshot()).toEqual([{ view: 'home' }]);
  });

  it('replaces the route on top when the same view opens again', () => {
    const navigation = createNavigation();
    navigation.push({ view: 'search', query: 'ref' });
    navigation.push({ view: 'search', query: 'refund' });
    expect(navigation.getSnapshot()).toEqual([{ view: 'home' }, { view: 'search', query: 'refund' }]);
    navigation.reset({ view: 'article', articleId: 'a' });
    navigation.push({ view: 'article', articleId: 'b' });
    expect(navigation.getSnapshot()).toEqual([{ view: 'article', articleId: 'b' }]);
  });

  it('keeps the first route and the newest ones when the stack grows deep', () => {
    const navigation = createNavigation();
    for (let index = 0; index < 30; index++) {
      navigation.push(
        index % 2 ? { view: 'article', articleId: `${index}` } : { view: 'search', query: `${index}` },
      );
    }
    const stack = navigation.getSnapshot();
    expect(stack).toHaveLength(20);
    expect(stack[0]).toEqual({ view: 'home' });
    expect(navigation.current()).toMatchObject({ view: 'article', articleId: '29' });
  });

  it('tells its listeners of every move until they unsubscribe', () => {
    const navigation = createNavigation();
    const listener = vi.fn();
    const stop = navigation.subscribe(listener);
    navigation.push({ view: 'conversations' });
    navigation.back();
    navigation.back(); // nothing to go back to: no change
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    navigation.reset();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
