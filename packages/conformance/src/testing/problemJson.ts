/** An RFC 9457 problem answer, for test backends that break the contract. @internal */
export function problemJson(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
