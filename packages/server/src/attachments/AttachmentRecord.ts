/**
 * An uploaded file as stored, without its bytes (see {@link AttachmentRepository.readContent}). Other
 * domains read it with `getAttachment(id)` to check that a message or ticket only references files of
 * the same contact.
 * @internal
 */
export interface AttachmentRecord {
  /** `att_` followed by random characters; also the name of the file holding the bytes. */
  id: string;
  widgetKey: string;
  /** The contact who uploaded it; only this contact's sessions may read it. */
  contactId: string;
  /** The cleaned file name, for display and `Content-Disposition` only: never a path. */
  name: string;
  /** The media type checked at upload, without parameters, such as `image/png` or `text/plain`. */
  contentType: string;
  /** Size in bytes. */
  size: number;
  /** Epoch milliseconds. */
  createdAt: number;
}
