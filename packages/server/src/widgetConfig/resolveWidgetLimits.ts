import type { Limits } from '@parley/contract';
import type { EngineSettings } from '../app/Engine';
import { CONTRACT_ATTACHMENTS_PER_MESSAGE, CONTRACT_MESSAGE_MAX_LENGTH } from './validateWidget';
import type { Widget } from './Widget';

function covers(pattern: string, type: string): boolean {
  const wanted = type.toLowerCase();
  const accepted = pattern.toLowerCase();
  return accepted === wanted || (accepted.endsWith('/*') && wanted.startsWith(accepted.slice(0, -1)));
}

/**
 * The limits the engine enforces for a widget, as the config announces them: the engine settings and
 * the contract's maxima, tightened (never loosened) by the widget's own `limits`. A widget's media types
 * keep only what the engine accepts; a widget wildcard such as `image/*` narrows to the engine's image
 * types. Routes that enforce limits should use this too, so the config never promises what the server
 * refuses.
 * @internal
 */
export function resolveWidgetLimits(
  widget: Widget,
  settings: Pick<EngineSettings, 'attachmentMaxBytes' | 'attachmentTypes'>,
): Limits {
  const own = widget.limits ?? {};
  let attachmentTypes = [...settings.attachmentTypes];
  if (own.attachmentTypes !== undefined) {
    const narrowed = own.attachmentTypes.flatMap((type) =>
      settings.attachmentTypes.some((accepted) => covers(accepted, type))
        ? [type]
        : settings.attachmentTypes.filter((accepted) => covers(type, accepted)),
    );
    attachmentTypes = [...new Set(narrowed)];
  }
  return {
    messageMaxLength: Math.min(
      own.messageMaxLength ?? CONTRACT_MESSAGE_MAX_LENGTH,
      CONTRACT_MESSAGE_MAX_LENGTH,
    ),
    attachmentMaxBytes: Math.min(
      own.attachmentMaxBytes ?? settings.attachmentMaxBytes,
      settings.attachmentMaxBytes,
    ),
    attachmentTypes,
    attachmentsPerMessage: Math.min(
      own.attachmentsPerMessage ?? CONTRACT_ATTACHMENTS_PER_MESSAGE,
      CONTRACT_ATTACHMENTS_PER_MESSAGE,
    ),
  };
}
