import type { Participant } from '@parley/core';
import { useState } from 'preact/hooks';
import { safeHref } from '../../content/safeHref';
import { initials } from './initials';

/**
 * A participant's picture, or their initials when there is none (or it does not load). Decorative: the
 * name is always written beside it.
 * @internal
 */
export function Avatar({ participant }: { participant: Participant }) {
  const [broken, setBroken] = useState(false);
  const src = participant.avatarUrl && safeHref(participant.avatarUrl);
  return (
    <span class="parley-avatar" aria-hidden="true">
      {src && !broken ? <img src={src} alt="" onError={() => setBroken(true)} /> : initials(participant.name)}
    </span>
  );
}
