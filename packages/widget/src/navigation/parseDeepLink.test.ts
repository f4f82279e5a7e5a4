import { describe, expect, it } from 'vitest';
import { parseDeepLink } from './parseDeepLink';

const key = 'wk_demo';

describe('parseDeepLink', () => {
  it('reads each place a link can open, from the query', () => {
    const target = (query: string) => parseDeepLink(`https://example.com/help?${query}`, key)?.target;
    expect(target('parley=article:art_1')).toEqual({
      kind: 'route',
      route: { view: 'article', articleId: 'art_1' },
    });
    expect(target('parley=conversation:cnv_1')).toEqual({
      kind: 'route',
      route: { view: 'conversation', conversationId: 'cnv_1' },
    });
    expect(target('parley=ticket:PRL-4821')).toEqual({ kind: 'ticket', reference: 'PRL-4821' });
    expect(target('parley=search:export%20notes')).toEqual({
      kind: 'route',
      route: { view: 'search', query: 'export notes' },
    });
    expect(target('parley=message:Hello%3A%20there')).toEqual({
      kind: 'route',
      route: { view: 'newConversation', text: 'Hello: there' },
    });
    expect(target('parley=home')).toEqual({ kind: 'route', route: { view: 'home' } });
  });

  it('takes the one-time token of an email link, with the conversation it names', () => {
    expect(parseDeepLink('https://example.com/?parley_link=tok_123', key)?.target).toEqual({
      kind: 'token',
      token: 'tok_123',
    });
    expect(
      parseDeepLink('https://example.com/?parley=conversation:cnv_9&parley_token=tok_9', key)?.target,
    ).toEqual({ kind: 'token', token: 'tok_9', conversationId: 'cnv_9' });
  });

  it('removes only its own parameters, keeping the rest of the address exactly as written', () => {
    expect(
      parseDeepLink(
        'https://example.com/a/b?x=1&parley=article:art_1&y=a+b%20c&parley_widget=wk_demo#top',
        key,
      )?.cleanUrl,
    ).toBe('https://example.com/a/b?x=1&y=a+b%20c#top');
    expect(parseDeepLink('https://example.com/help?parley_link=tok', key)?.cleanUrl).toBe(
      'https://example.com/help',
    );
  });

  it('reads links in the hash too, for pages whose routes live there', () => {
    expect(parseDeepLink('https://example.com/?x=1#parley=article:art_2', key)).toEqual({
      target: { kind: 'route', route: { view: 'article', articleId: 'art_2' } },
      cleanUrl: 'https://example.com/?x=1',
    });
    expect(parseDeepLink('https://example.com/#/orders/7?tab=2&parley=ticket:PRL-1', key)).toEqual({
      target: { kind: 'ticket', reference: 'PRL-1' },
      cleanUrl: 'https://example.com/#/orders/7?tab=2',
    });
    expect(parseDeepLink('https://example.com/#/orders/7?parley=home', key)?.cleanUrl).toBe(
      'https://example.com/#/orders/7',
    );
  });

  it('leaves a link of another widget, and addresses with nothing it knows, alone', () => {
    expect(
      parseDeepLink('https://example.com/?parley=article:a&parley_widget=wk_other', key),
    ).toBeUndefined();
    expect(parseDeepLink('https://example.com/?parley=article:a&parley_widget=wk_demo', key)).toBeDefined();
    for (const href of [
      'https://example.com/',
      'https://example.com/#pricing',
      'https://example.com/?parley=teleport:x',
      'https://example.com/?parley=article:',
      `https://example.com/?parley=article:${'x'.repeat(201)}`,
      'not a url',
    ]) {
      expect(parseDeepLink(href, key), href).toBeUndefined();
    }
  });
});
