import { describe, expect, it } from 'vitest';
import { catalog as english } from './catalogs/en';
import { catalog as englishViews } from './catalogs/enViews';
import { catalog as french } from './catalogs/fr';
import { completeMessages } from './completeMessages';
import { englishMessages } from './englishMessages';
import { mergeMessages, type ShellMessages, type WidgetMessageOverrides } from './messages';

describe('completeMessages', () => {
  it('completes the first load’s English with the views’ English', () => {
    expect(english).not.toHaveProperty('conversation');
    const messages = completeMessages(english, englishViews);
    expect(messages).toEqual(englishMessages);
    expect(messages.conversation.talkToPerson).toBe('Talk to a person');
    expect(messages.form.tooLong(1)).toBe('Please use at most 1 character.');
  });

  it('lets a host’s view text win over English and keeps the group’s others', () => {
    const withOverrides = mergeMessages<ShellMessages>(english, {
      article: { yes: 'Yep' },
      rating: { scores: ['1', '2', '3', '4', '5'] },
    });
    const messages = completeMessages(withOverrides, englishViews);
    expect(messages.article.yes).toBe('Yep');
    expect(messages.article.no).toBe('No');
    expect(messages.rating.scores).toEqual(['1', '2', '3', '4', '5']);
    expect(messages.rating.question).toBe(englishViews.rating.question);
  });

  it('lets a language’s view text win over English, and the host’s over the language’s', () => {
    const inFrench = mergeMessages<ShellMessages>(english, french);
    const messages = completeMessages(
      mergeMessages(inFrench, { tickets: { lookup: 'Vérifier' } }),
      englishViews,
    );
    expect(messages.tickets.lookupTitle).toBe(french.tickets.lookupTitle);
    expect(messages.tickets.lookupTitle).not.toBe(englishViews.tickets.lookupTitle);
    expect(messages.tickets.lookup).toBe('Vérifier');
    expect(messages.composer.send).toBe(french.composer.send);
    expect(messages.launcherLabel).toBe(french.launcherLabel);
  });

  it('completes a language that lacks view texts (from another release) with English', () => {
    // What an older release's catalog might be: a view group with one text, the other groups missing.
    const older: WidgetMessageOverrides = { launcherLabel: 'Hilfe', article: { yes: 'Ja' } };
    const messages = completeMessages(mergeMessages<ShellMessages>(english, older), englishViews);
    expect(messages.article.yes).toBe('Ja');
    expect(messages.article.no).toBe(englishViews.article.no);
    expect(messages.offline).toEqual(englishViews.offline);
  });

  it('keeps complete messages as they are', () => {
    const inFrench = mergeMessages(englishMessages, french);
    expect(completeMessages(inFrench, englishViews)).toEqual(inFrench);
  });
});
