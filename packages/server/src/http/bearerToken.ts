/**
 * The token of an `Authorization: Bearer <token>` header, or `undefined` when there is none.
 * @internal
 */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('Authorization');
  const match = header === null ? null : /^Bearer\s+(\S{1,1024})\s*$/i.exec(header);
  return match?.[1];
}
