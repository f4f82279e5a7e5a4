import { botSearchQueries } from '../conversations/botSearchQueries';

/**
 * Finds articles for a message written the way people write ("How do I export my notes to PDF?"), which a
 * plain search would not match: article search needs every word of its query. Searches the message's topic
 * words together first; when that finds nothing, each topic word on its own, and ranks the articles by how
 * many of those searches found them and how high (so one word the help centre does not use cannot hide every
 * article). Among equal ranks, the first found stays first.
 *
 * @param text - The message; only its first 500 characters are read.
 * @param search - One search of the help centre, best hit first.
 * @param idOf - The article of a hit, to count the same article found by several words once.
 * @returns Up to `limit` hits, best first; none for small talk ("Hi, can you help?").
 * @internal
 */
export async function searchMessageText<Hit>(
  text: string,
  search: (query: string) => Promise<readonly Hit[]>,
  { limit, idOf }: { limit: number; idOf: (hit: Hit) => string },
): Promise<Hit[]> {
  const [all, ...singles] = botSearchQueries(text.slice(0, 500));
  if (all === undefined) return [];
  const best = await search(all);
  if (best.length > 0 || singles.length === 0) return best.slice(0, limit);
  const votes = new Map<string, { hit: Hit; score: number }>();
  for (const single of singles) {
    (await search(single)).slice(0, limit).forEach((hit, rank) => {
      const entry = votes.get(idOf(hit)) ?? { hit, score: 0 };
      entry.score += limit - rank;
      votes.set(idOf(hit), entry);
    });
  }
  return [...votes.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.hit);
}
