import { describe, expect, it } from 'vitest';
import { availabilityText } from './availabilityText';
import { catalog as es } from './catalogs/es';
import { createFormatter } from './createFormatter';
import { englishMessages } from './englishMessages';

const now = '2026-03-12T10:00:00.000Z'; // Thursday
const format = createFormatter('en-GB', englishMessages, 'UTC');
const away = (backAt: string | null) => ({
  kind: 'away' as const,
  backAt: backAt === null ? null : new Date(backAt),
});

describe('availabilityText', () => {
  it('gives the usual reply time while open', () => {
    const open = (replyMinutes: number | null) => ({ kind: 'open' as const, replyMinutes });
    expect(availabilityText(open(2), englishMessages, format, now)).toBe('We usually reply in a few minutes');
    expect(availabilityText(open(45), englishMessages, format, now)).toBe('We usually reply in 45 minutes');
    expect(availabilityText(open(60), englishMessages, format, now)).toBe('We usually reply in 1 hour');
    expect(availabilityText(open(120), englishMessages, format, now)).toBe('We usually reply in 2 hours');
    expect(availabilityText(open(2 * 1440), englishMessages, format, now)).toBe('We usually reply in 2 days');
    expect(availabilityText(open(null), englishMessages, format, now)).toBeUndefined();
  });

  it('says when the team is back, in the visitor’s time zone', () => {
    expect(availabilityText(away('2026-03-12T17:00:00Z'), englishMessages, format, now)).toBe(
      'We’re away, back at 17:00',
    );
    expect(availabilityText(away('2026-03-13T09:00:00Z'), englishMessages, format, now)).toBe(
      'We’re away, back tomorrow at 09:00',
    );
    expect(availabilityText(away('2026-03-16T09:00:00Z'), englishMessages, format, now)).toBe(
      'We’re away, back on Monday at 09:00',
    );
    // 09:00 in London is 18:00 in Tokyo, on the same day there.
    const tokyo = createFormatter('en-GB', englishMessages, 'Asia/Tokyo');
    expect(availabilityText(away('2026-03-13T09:00:00Z'), englishMessages, tokyo, now)).toBe(
      'We’re away, back tomorrow at 18:00',
    );
    expect(availabilityText(away('2026-03-12T14:00:00Z'), englishMessages, tokyo, now)).toBe(
      'We’re away, back at 23:00',
    );
  });

  it('says the team is away when it does not know until when', () => {
    expect(availabilityText(away(null), englishMessages, format, now)).toBe(englishMessages.home.away);
  });

  it('speaks the visitor’s language', () => {
    const spanish = createFormatter('es', es, 'UTC');
    expect(availabilityText(away('2026-03-16T09:00:00Z'), es, spanish, now)).toBe(
      'No estamos disponibles, volvemos el lunes a las 9:00',
    );
  });
});
