import Type from 'typebox';
import { prefixedId } from '../common/primitives';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import { Attachment, UploadAttachmentRequest } from './attachmentSchemas';

const exampleAttachment = {
  id: 'att_3Gq9Xk2mPw7sTz1c',
  name: 'receipt.pdf',
  contentType: 'application/pdf',
  size: 48213,
  url: '/v1/attachments/att_3Gq9Xk2mPw7sTz1c/content',
  createdAt: '2026-11-22T09:30:00.000Z',
};

const attachmentIdParameter: ParameterSpec = {
  name: 'attachmentId',
  in: 'path',
  description: 'The attachment id returned by the upload.',
  schema: prefixedId('att', 'Attachment id.'),
  example: exampleAttachment.id,
};

const ownership =
  'Only sessions of the contact who uploaded the file may read it; for anyone else the answer is the same ' +
  '404 `attachment_not_found` as for an id that does not exist.';

/** Operations of file uploads and downloads. @internal */
export const attachmentOperations: readonly OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/attachments',
    operationId: 'uploadAttachment',
    tag: 'attachments',
    auth: 'session',
    summary: 'Upload a file',
    description:
      'Stores one file for the session contact, to be referenced by id from a message or a ticket. The ' +
      'body is `multipart/form-data` with exactly one part named `file`. The server checks the size ' +
      '(`limits.attachmentMaxBytes` of the widget config: 413 `payload_too_large`, refused from ' +
      '`Content-Length` before reading when possible) and the media type (`limits.attachmentTypes`, where ' +
      '`type/*` matches a whole family: 415 `unsupported_media_type`). The declared type must match the ' +
      'content: PNG, JPEG, GIF, WebP and PDF are recognised by their signature and `text/*` must be UTF-8 ' +
      'without NUL bytes, so a page declared as `image/png` is refused with 415; a part declared ' +
      '`application/octet-stream` (or without a type) gets the type its content shows. Types that browsers ' +
      'run (HTML, XML, SVG, scripts) are always refused. The file name is kept for display only, without ' +
      'path parts, control or bidirectional-override characters, at most 200 characters (`file` when ' +
      'nothing is left). A missing `file` part, a text field instead of a file, several files, an empty ' +
      'file or another field is 422 `validation_failed`; a body that is not `multipart/form-data` is 415, ' +
      'one that does not parse is 400 `invalid_multipart`.',
    requestBody: {
      description: 'One part named `file`, with a `filename` and a `Content-Type`.',
      contentType: 'multipart/form-data',
      schema: UploadAttachmentRequest,
      example: { file: '(the bytes of receipt.pdf)' },
    },
    idempotent: true,
    responses: {
      201: {
        description: 'Stored. The file is downloaded from `url` with the same session bearer token.',
        schema: Attachment,
        example: exampleAttachment,
        headers: { Location: 'The attachment metadata, `/v1/attachments/{attachmentId}`.' },
      },
    },
    errors: [400, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/v1/attachments/{attachmentId}',
    operationId: 'getAttachment',
    tag: 'attachments',
    auth: 'session',
    summary: 'An attachment’s metadata',
    description: `Name, media type, size and download URL. ${ownership}`,
    parameters: [attachmentIdParameter],
    responses: {
      200: { description: 'The attachment.', schema: Attachment, example: exampleAttachment },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/attachments/{attachmentId}/content',
    operationId: 'downloadAttachment',
    tag: 'attachments',
    auth: 'session',
    summary: 'Download an attachment',
    description:
      'The file’s bytes, with the media type checked at upload (`text/plain; charset=utf-8` for text) and ' +
      'headers that make a browser save it rather than run it: `Content-Disposition: attachment` (an ASCII ' +
      '`filename` and the exact UTF-8 `filename*`), `X-Content-Type-Options: nosniff` and ' +
      "`Content-Security-Policy: default-src 'none'; sandbox`. Never cached by shared caches " +
      `(\`Cache-Control: private, no-store\`). ${ownership}`,
    parameters: [attachmentIdParameter],
    responses: {
      200: {
        description: 'The file, with the media type stored at upload as `Content-Type`.',
        contentType: '*/*',
        schema: Type.String({ contentMediaType: 'application/octet-stream', description: 'The bytes.' }),
        headers: {
          'Content-Length': 'Size in bytes.',
          'Content-Disposition': '`attachment; filename="<ASCII name>"; filename*=UTF-8\'\'<encoded name>`.',
          'X-Content-Type-Options': '`nosniff`.',
          'Content-Security-Policy': "`default-src 'none'; sandbox`.",
          'Cache-Control': '`private, no-store`.',
        },
      },
    },
    errors: [404],
  },
];
