import { describe, expect, it } from 'vitest';
import { catalog as de } from './catalogs/de';
import { createFormatter } from './createFormatter';
import { englishMessages } from './englishMessages';

/** ICU puts no-break and narrow no-break spaces in times and numbers; compare them as spaces. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

const now = '2026-03-12T10:00:00.000Z'; // a Thursday

describe('createFormatter', () => {
  it('formats times in the visitor’s time zone and the locale’s clock', () => {
    expect(spaced(createFormatter('en-US', englishMessages, 'America/New_York').time(now))).toBe('6:00 AM');
    expect(createFormatter('en-GB', englishMessages, 'Asia/Tokyo').time(now)).toBe('19:00');
    expect(createFormatter('de', de, 'Europe/Berlin').time(now)).toBe('11:00');
  });

  it('formats dates for the locale', () => {
    expect(createFormatter('en-GB', englishMessages, 'UTC').date(now)).toBe('12 Mar 2026');
    expect(createFormatter('en-US', englishMessages, 'UTC').date(now)).toBe('Mar 12, 2026');
    expect(createFormatter('zh-Hans', englishMessages, 'UTC').date(now)).toBe('2026年3月12日');
    expect(createFormatter('de', de, 'UTC').dateTime(now)).toBe('12.03.2026, 10:00');
  });

  it('labels days Today, Yesterday, by weekday within the week, then by date', () => {
    const format = createFormatter('en-US', englishMessages, 'UTC');
    expect(format.day('2026-03-12T00:01:00Z', now)).toBe('Today');
    expect(format.day('2026-03-11T23:59:00Z', now)).toBe('Yesterday');
    expect(format.day('2026-03-09T08:00:00Z', now)).toBe('Monday');
    expect(format.day('2026-03-01T08:00:00Z', now)).toBe('March 1');
    expect(format.day('2025-12-24T08:00:00Z', now)).toBe('Dec 24, 2025');
    expect(createFormatter('de', de, 'UTC').day('2026-03-11T08:00:00Z', now)).toBe('Gestern');
  });

  it('counts calendar days in the visitor’s time zone', () => {
    const late = '2026-03-11T23:30:00Z'; // 08:30 on the 12th in Tokyo
    expect(createFormatter('en', englishMessages, 'UTC').day(late, now)).toBe('Yesterday');
    expect(createFormatter('en', englishMessages, 'Asia/Tokyo').day(late, now)).toBe('Today');
    expect(
      createFormatter('en', englishMessages, 'America/Los_Angeles').daysUntil('2026-03-13T07:30:00Z', now),
    ).toBe(1);
  });

  it('says how long ago, in words', () => {
    const format = createFormatter('en', englishMessages, 'UTC');
    expect(format.relative('2026-03-12T09:59:30Z', now)).toBe('now');
    expect(format.relative('2026-03-12T09:55:00Z', now)).toBe('5 minutes ago');
    expect(format.relative('2026-03-12T07:30:00Z', now)).toBe('2 hours ago');
    expect(format.relative('2026-03-11T06:00:00Z', now)).toBe('yesterday');
    expect(format.relative('2026-03-09T12:00:00Z', now)).toBe('3 days ago');
    expect(format.relative('2026-02-01T12:00:00Z', now)).toBe('Feb 1, 2026');
    expect(format.relative('2026-03-12T12:00:00Z', now)).toBe('in 2 hours');
    // What already happened, by a backend's clock ahead of this device's.
    expect(format.ago('2026-03-12T10:03:00Z', now)).toBe('now');
    expect(format.ago('2026-03-16T10:00:00Z', now)).toBe('now');
    expect(format.ago('2026-03-12T07:30:00Z', now)).toBe('2 hours ago');
    expect(createFormatter('fr', englishMessages, 'UTC').relative('2026-03-12T08:00:00Z', now)).toBe(
      'il y a 2 heures',
    );
  });

  it('formats numbers and file sizes', () => {
    expect(spaced(createFormatter('fr', englishMessages).number(1234.5))).toBe('1 234,5');
    const format = createFormatter('en', englishMessages);
    expect(format.fileSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(format.fileSize(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(format.fileSize(300 * 1024)).toBe('300 kB');
    expect(format.fileSize(300)).toBe('0.3 kB');
    expect(format.fileSize(0)).toBe('0 kB');
  });

  it('gives empty text for an invalid date', () => {
    const format = createFormatter('en', englishMessages);
    expect(format.date('not a date')).toBe('');
    expect(format.day(Number.NaN, now)).toBe('');
    expect(format.relative('2026-99-99', now)).toBe('');
  });

  it('does not crash on a locale or a time zone Intl rejects', () => {
    const format = createFormatter('no such locale!', englishMessages, 'Mars/Olympus_Mons');
    expect(format.time(now)).not.toBe('');
    expect(format.date(now)).toContain('2026');
    expect(format.day(now, now)).toBe('Today');
    expect(format.relative('2026-03-12T09:00:00Z', now)).toBe('1 hour ago');
    expect(format.number(3)).toBe('3');
    expect(format.fileSize(1024)).toBe('1 kB');
  });

  it('shows a date where RelativeTimeFormat is missing', () => {
    const original = Intl.RelativeTimeFormat;
    try {
      Reflect.set(Intl, 'RelativeTimeFormat', undefined); // an older browser without it
      expect(createFormatter('en-US', englishMessages, 'UTC').relative('2026-03-12T09:00:00Z', now)).toBe(
        'Mar 12, 2026',
      );
    } finally {
      Reflect.set(Intl, 'RelativeTimeFormat', original);
    }
  });
});
