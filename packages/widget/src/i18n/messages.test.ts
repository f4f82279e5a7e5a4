import { describe, expect, it } from 'vitest';
import { englishMessages } from './englishMessages';
import { errorMessage, mergeMessages, type WidgetMessageOverrides } from './messages';

describe('mergeMessages', () => {
  it('returns the base without overrides', () => {
    expect(mergeMessages(englishMessages, undefined)).toBe(englishMessages);
  });

  it('overrides one text of a group and keeps the group’s others', () => {
    const merged = mergeMessages(englishMessages, {
      launcherLabel: 'Support',
      home: { greetingTitle: 'Hello!' },
    });
    expect(merged.launcherLabel).toBe('Support');
    expect(merged.home.greetingTitle).toBe('Hello!');
    expect(merged.home.away).toBe(englishMessages.home.away);
    expect(merged.search).toBe(englishMessages.search);
  });

  it('merges error texts by code and keeps the default', () => {
    const merged = mergeMessages(englishMessages, { errors: { network: 'Offline?' } });
    expect(errorMessage(merged, 'network')).toBe('Offline?');
    expect(errorMessage(merged, 'timeout')).toBe(englishMessages.errors.timeout);
  });

  it('replaces lists whole and ignores undefined overrides', () => {
    const scores = ['1', '2', '3', '4', '5'] as const;
    // Hosts calling from JavaScript may leave a group undefined.
    const overrides: Record<string, unknown> = { rating: { scores }, nudge: undefined };
    const merged = mergeMessages(englishMessages, overrides as WidgetMessageOverrides);
    expect(merged.rating.scores).toEqual(scores);
    expect(merged.nudge).toBe(englishMessages.nudge);
  });

  it('takes functions as overrides', () => {
    const merged = mergeMessages(englishMessages, { search: { results: (count) => `${count} hits` } });
    expect(merged.search.results(4)).toBe('4 hits');
  });
});

describe('errorMessage', () => {
  it('falls back to the default text for a code without its own', () => {
    expect(errorMessage({ ...englishMessages, errors: { default: 'Oops' } }, 'server')).toBe('Oops');
  });
});
