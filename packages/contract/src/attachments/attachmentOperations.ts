import Type from 'typebox';
import { prefixedId } from '../common/primitives';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import { Attachment, UploadAttachmentRequest } from './attachmentSchemas';

const exampleAttachment = {
  id: 'att_3Gq9Xk2mPw7sTz1c',
  name: 'receipt.pdf',
  contentType: 'application/pdf',
  size: 48213,
  url:
    '/v1/attachments/att_3Gq9Xk2mPw7sTz1c/content?expires=1795340700' +
    '&signature=8PI2swCPv-yHL5VBdZ6OjD_r0y-YGjKikTlEAuPL86E',
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

const freshUrl =
  'Its `url` is a fresh signed download link (see `downloadAttachment`): fetch the metadata again when a ' +
  'link has expired.';

const signedLink =
  'Two ways in. (1) The signed link of `Attachment.url`, sent without an `Authorization` header: this is ' +
  'how a browser opens a file from a link or shows an image, since `<a href>` and `<img src>` cannot send ' +
  'a bearer token. The link itself is the permission, so it is short-lived: the server signs the ' +
  'attachment id and the expiry time (the reference server: HMAC-SHA256 with a server secret, 15 minutes ' +
  'rounded up to the next 5-minute mark, so refetching within those 5 minutes gives the same link). A link ' +
  'whose time has passed, whose `expires` or `signature` was changed, or that was signed for another ' +
  'attachment is 403 `attachment_link_invalid`, the same whether or not the id exists: clients never build ' +
  'or repair a link, they fetch the message, ticket comment or attachment again for a fresh `url`. A valid ' +
  'link to a file that is gone is 404 `attachment_not_found`. (2) The bearer token of a session, with or ' +
  'without the query: a request with an `Authorization` header is judged by the token alone. ' +
  `${ownership} Without a token or a link it is 401 \`unauthorized\`.`;

const linkParameters: readonly ParameterSpec[] = [
  {
    name: 'expires',
    in: 'query',
    description: 'Part of the signed link: when it stops working, in Unix seconds. Set by the server.',
    schema: Type.String({ pattern: '^[0-9]{1,12}$' }),
    example: '1795340700',
  },
  {
    name: 'signature',
    in: 'query',
    description: 'Part of the signed link: the server’s signature of the attachment id and `expires`.',
    schema: Type.String({ minLength: 1, maxLength: 200 }),
    example: '8PI2swCPv-yHL5VBdZ6OjD_r0y-YGjKikTlEAuPL86E',
  },
];

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
        description:
          'Stored. The file downloads from `url` without the bearer token until the link expires (see ' +
          '`downloadAttachment`).',
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
    description: `Name, media type, size and download URL. ${freshUrl} ${ownership}`,
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
    auth: 'sessionOrSignedLink',
    summary: 'Download an attachment',
    description:
      'The file’s bytes, with the media type checked at upload (`text/plain; charset=utf-8` for text) and ' +
      'headers that make a browser save it rather than run it: `Content-Disposition: attachment` (an ASCII ' +
      '`filename` and the exact UTF-8 `filename*`), `X-Content-Type-Options: nosniff` and ' +
      "`Content-Security-Policy: default-src 'none'; sandbox`. Never cached by shared caches " +
      '(`Cache-Control: private, no-store`). These hold for both ways in; an `<img>` still shows an image ' +
      `served as \`attachment\`, since the header only decides what a navigation does. ${signedLink}`,
    parameters: [attachmentIdParameter, ...linkParameters],
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
    errors: [403, 404],
  },
];
