const SMALLEST = 1000;
const LARGEST = 999_999;

/**
 * A random ticket reference, `PRL-` and four to six digits (1000 to 999999, uniformly). Random rather than
 * sequential so that a reference tells nothing about the number or order of tickets; the caller retries
 * when it is already taken.
 * @internal
 */
export function newTicketReference(): string {
  const span = LARGEST - SMALLEST + 1;
  // Rejection sampling: drawing from the largest multiple of `span` keeps every number equally likely.
  const limit = Math.floor(0x1_0000_0000 / span) * span;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return `PRL-${SMALLEST + (value % span)}`;
  }
}
