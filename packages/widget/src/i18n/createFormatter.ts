import type { ShellMessages } from './messages';

/** A moment: a `Date`, an RFC 3339 timestamp from the backend, or epoch milliseconds. */
export type DateInput = Date | string | number;

/**
 * Dates, times, numbers and sizes for one locale, in the visitor's time zone, from {@link createFormatter}.
 * Methods never throw: an invalid date gives `''`, and a locale or time zone `Intl` rejects falls back to
 * English or to the browser's zone.
 */
export interface Formatter {
  /** The tag everything is formatted with. */
  readonly locale: string;
  /** A date. @example '12 Mar 2026' (en-GB), '2026年3月12日' (zh-Hans) */
  date(value: DateInput): string;
  /** A time of day. @example '09:00' (en-GB), '9:00 AM' (en-US) */
  time(value: DateInput): string;
  /** A date and a time, for a status timeline. */
  dateTime(value: DateInput): string;
  /** The weekday. @example 'Monday' */
  weekday(value: DateInput): string;
  /** Calendar days from `now` to `value` in the visitor's time zone: 0 today, 1 tomorrow, -1 yesterday. */
  daysUntil(value: DateInput, now?: DateInput): number;
  /** A day separator: Today, Yesterday, a weekday within the week, else the date (with the year if not this year). */
  day(value: DateInput, now?: DateInput): string;
  /** How long ago (or ahead): 'now', '5 minutes ago', 'yesterday', '3 days ago', then the date. */
  relative(value: DateInput, now?: DateInput): string;
  /**
   * How long ago something happened, as {@link Formatter.relative}; a time ahead of `now` (the backend's clock
   * runs ahead of this device's) reads as 'now', never as 'in 3 minutes'.
   */
  ago(value: DateInput, now?: DateInput): string;
  /** A number with the locale's digits and grouping. */
  number(value: number): string;
  /** A file size. @example '2.4 MB' */
  fileSize(bytes: number): string;
}

const dateOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const timeOptions: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const weekdayOptions: Intl.DateTimeFormatOptions = { weekday: 'long' };
const monthDayOptions: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric' };
// Read in en-US: Gregorian, Latin digits, whatever the display locale's calendar and numerals.
const calendarOptions: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
const dayLength = 86_400_000;
// No bytes: CLDR's short "byte" reads oddly ("300 byte"), "0.3 kB" does not.
const sizeUnits = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * Creates the {@link Formatter} of a locale. `Intl` objects are made on first use and reused.
 *
 * @param locale - The formatting tag, usually the `locale` from `resolveLocale`.
 * @param messages - For the words `Intl` has no form for (Today, Yesterday).
 * @param timeZone - An IANA zone; the browser's (the visitor's) by default.
 * @example
 * ```ts
 * const format = createFormatter('fr', messages);
 * format.relative(message.createdAt); // 'il y a 2 heures'
 * ```
 */
export function createFormatter(locale: string, messages: ShellMessages, timeZone?: string): Formatter {
  const formats = new Map<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>();
  const dateTimeFormat = (options: Intl.DateTimeFormatOptions, tag = locale) => {
    const format = formats.get(options) ?? makeDateTimeFormat(tag, options, timeZone);
    formats.set(options, format);
    return format;
  };
  const format = (options: Intl.DateTimeFormatOptions, value: DateInput) => {
    const date = toDate(value);
    return date ? dateTimeFormat(options).format(date) : '';
  };
  const calendarDay = (date: Date) => {
    const parts = dateTimeFormat(calendarOptions, 'en-US').formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return { index: Date.UTC(part('year'), part('month') - 1, part('day')) / dayLength, year: part('year') };
  };
  const daysUntil = (value: DateInput, now: DateInput = Date.now()) => {
    const date = toDate(value);
    const from = toDate(now);
    return date && from ? calendarDay(date).index - calendarDay(from).index : Number.NaN;
  };
  let relativeFormat: Intl.RelativeTimeFormat | undefined;
  const relative = (value: DateInput, now: DateInput = Date.now()): string => {
    const date = toDate(value);
    const from = toDate(now);
    if (!date || !from) return '';
    relativeFormat ??= makeRelativeTimeFormat(locale);
    const seconds = (date.getTime() - from.getTime()) / 1000;
    const distance = Math.abs(seconds);
    if (!relativeFormat || distance >= 7 * 86_400) return format(dateOptions, date);
    if (distance < 60) return relativeFormat.format(0, 'second');
    if (distance < 3600) return relativeFormat.format(Math.trunc(seconds / 60), 'minute');
    if (distance < 86_400) return relativeFormat.format(Math.trunc(seconds / 3600), 'hour');
    // Beyond a day, count calendar days, so that 'yesterday' means the calendar's yesterday.
    return relativeFormat.format(daysUntil(date, from), 'day');
  };

  return {
    locale,
    date: (value) => format(dateOptions, value),
    time: (value) => format(timeOptions, value),
    dateTime: (value) => format(dateTimeOptions, value),
    weekday: (value) => format(weekdayOptions, value),
    daysUntil,
    day(value, now = Date.now()) {
      const ago = -daysUntil(value, now);
      if (Number.isNaN(ago)) return '';
      if (ago === 0) return messages.dates.today;
      if (ago === 1) return messages.dates.yesterday;
      if (ago > 1 && ago < 7) return format(weekdayOptions, value);
      const sameYear = calendarDay(toDate(value) as Date).year === calendarDay(toDate(now) as Date).year;
      return format(sameYear ? monthDayOptions : dateOptions, value);
    },
    relative,
    ago(value, now = Date.now()) {
      const date = toDate(value);
      const from = toDate(now);
      return relative(date && from && date > from ? from : value, now);
    },
    number: (value) => makeNumberFormat(locale)?.format(value) ?? String(value),
    fileSize(bytes) {
      // 1 for kilobytes (the smallest unit shown), 2 for megabytes, 3 for gigabytes.
      const exponent = Math.max(1, Math.min(3, Math.floor(Math.log(bytes) / Math.log(1024))));
      const unit = sizeUnits[exponent - 1] ?? 'kilobyte';
      const amount = bytes / 1024 ** exponent;
      const options: Intl.NumberFormatOptions = {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      };
      const formatted = makeNumberFormat(locale, options)?.format(amount);
      return formatted ?? `${Math.round(amount * 10) / 10} ${['kB', 'MB', 'GB'][exponent - 1]}`;
    },
  };
}

function toDate(value: DateInput): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The locale and zone asked for, else English in that zone, else English in the browser's zone. */
function makeDateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  for (const [tag, zone] of [
    [locale, timeZone],
    ['en', timeZone],
  ]) {
    try {
      return new Intl.DateTimeFormat(tag, zone ? { ...options, timeZone: zone } : options);
    } catch {
      // A tag or zone this browser's Intl rejects: try the next, plainer one.
    }
  }
  return new Intl.DateTimeFormat('en', options);
}

function makeRelativeTimeFormat(locale: string): Intl.RelativeTimeFormat | undefined {
  // Older browsers have no RelativeTimeFormat: `relative` then shows the date.
  if (typeof Intl.RelativeTimeFormat !== 'function') return undefined;
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
}

function makeNumberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat | undefined {
  for (const tag of [locale, 'en']) {
    try {
      return new Intl.NumberFormat(tag, options);
    } catch {
      // Rejected tag, or unit formatting missing in an older browser.
    }
  }
  return undefined;
}
