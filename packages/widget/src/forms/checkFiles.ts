import type { Limits } from '@parley/core';
import type { WidgetMessages } from '../i18n/messages';

// The contract's most attachment ids on one ticket or reply, whatever the config says.
const MAX_FILES = 10;

/** Files the visitor picked, sorted into those kept and why the others were refused. @internal */
export interface CheckedFiles {
  /** The files already chosen, then the new ones that fit. */
  files: File[];
  /** One text per refused file (or one for all that did not fit), in the visitor's language. */
  errors: string[];
}

/** Whether `type` is one of `accepted` (`image/*` style wildcards allowed); an empty list accepts any type. */
function accepts(accepted: readonly string[], type: string): boolean {
  const wanted = type.toLowerCase();
  return (
    !accepted[0] ||
    accepted.some((each) => {
      const pattern = each.trim().toLowerCase();
      return pattern.endsWith('/*') ? wanted.startsWith(pattern.slice(0, -1)) : pattern === wanted;
    })
  );
}

/**
 * Checks files the visitor picked against the backend's limits before anything is uploaded: type, size
 * and how many one ticket may carry. Refused files are named in the errors; the rest are kept.
 * @param fileSize - formats the size limit for the visitor (see `createFormatter`).
 * @internal
 */
export function checkFiles(
  added: readonly File[],
  chosen: readonly File[],
  limits: Limits,
  composer: WidgetMessages['composer'],
  fileSize: (bytes: number) => string,
): CheckedFiles {
  const max = Math.min(limits.attachmentsPerMessage, MAX_FILES);
  const files = [...chosen];
  const errors: string[] = [];
  let tooMany = false;
  for (const file of added) {
    if (!accepts(limits.attachmentTypes, file.type)) errors.push(composer.fileType(file.name));
    else if (file.size > limits.attachmentMaxBytes) {
      errors.push(composer.fileTooLarge(file.name, fileSize(limits.attachmentMaxBytes)));
    } else if (files.length >= max) tooMany = true;
    else files.push(file);
  }
  if (tooMany) errors.push(composer.tooManyFiles(max));
  return { files, errors };
}
