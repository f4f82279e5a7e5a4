import type { DateInput, Formatter } from './createFormatter';
import type { ShellMessages } from './messages';

/**
 * Where the team stands, as `availabilityAt` (../availability) computes it; written out here so the words
 * do not depend on how the status is computed.
 */
export type AvailabilityState =
  | { readonly kind: 'open'; readonly replyMinutes: number | null }
  | { readonly kind: 'away'; readonly backAt: Date | null };

/**
 * The availability line of the home view, in the visitor's language and time zone: the usual reply time
 * while the team is open ("We usually reply in 2 hours"), else when it is back ("We're away, back tomorrow
 * at 09:00"). `undefined` while open with no known reply time.
 *
 * @example
 * ```ts
 * availabilityText(availabilityAt(config.availability, Date.now()), messages, format);
 * ```
 */
export function availabilityText(
  state: AvailabilityState,
  messages: ShellMessages,
  format: Formatter,
  now: DateInput = Date.now(),
): string | undefined {
  const { home } = messages;
  if (state.kind === 'open') {
    const minutes = state.replyMinutes;
    if (minutes === null) return undefined;
    if (minutes < 5) return home.repliesSoon;
    if (minutes < 60) return home.repliesInMinutes(minutes);
    if (minutes < 24 * 60) return home.repliesInHours(Math.round(minutes / 60));
    return home.repliesInDays(Math.round(minutes / (24 * 60)));
  }
  const { backAt } = state;
  const days = backAt ? format.daysUntil(backAt, now) : Number.NaN;
  if (!backAt || !(days >= 0)) return home.away;
  const time = format.time(backAt);
  if (days === 0) return home.backAt(time);
  if (days === 1) return home.backTomorrowAt(time);
  return home.backOnAt(days < 7 ? format.weekday(backAt) : format.date(backAt), time);
}
