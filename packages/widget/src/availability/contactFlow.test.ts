import { describe, expect, it } from 'vitest';
import type { AvailabilityStatus } from './availabilityAt';
import { contactFlow } from './contactFlow';

const open: AvailabilityStatus = { kind: 'open', replyMinutes: 5, closesAt: null };
const away: AvailabilityStatus = { kind: 'away', backAt: null };

describe('contactFlow', () => {
  it.each([
    [true, true, open, 'conversation'],
    [true, true, away, 'offlineForm'],
    [true, false, away, 'conversation'],
    [false, true, open, 'offlineForm'],
    [false, true, away, 'offlineForm'],
    [false, false, open, 'none'],
  ] as const)('conversations %s, tickets %s, %o → %s', (conversations, tickets, status, flow) => {
    expect(contactFlow({ conversations, tickets }, status)).toBe(flow);
  });
});
