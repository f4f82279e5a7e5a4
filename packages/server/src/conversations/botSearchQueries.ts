// Words that say nothing about the topic. Article search matches every term of a query, so a question
// like "how do I export my notes?" must lose them to find anything.
const ENGLISH_STOP_WORDS = new Set(
  (
    'a about am an and any are as at be been but by can cannot cant could did do does doing dont for from get ' +
    'got had has have hello help hey hi how i if im in is isnt it its ive just me my need no not of on or ' +
    'our please so some that the their them then there these they this those to trying up us want was we ' +
    'were what when where which who why will with would you your'
  ).split(' '),
);

// Particles and question words of Chinese that are not part of a topic.
const CHINESE_FILLER =
  /请问|請問|怎么|怎麼|如何|为什么|為什麼|什么|什麼|可以|能不能|我的|我们|我們|你们|你們|一下|[了吗嗎呢的啊吧我你他她它是在和也都还還就要想吗嘛呀哪]/gu;

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_QUERIES = 6;

/**
 * The article searches the demo bot tries for a visitor's message, best first: all its topic words
 * together, then each on its own (so that one word the help centre does not use cannot hide every
 * article). Long Chinese or Japanese runs are also cut into two-character words, which is how most of
 * their words are written.
 * @internal
 */
export function botSearchQueries(text: string): string[] {
  const terms: string[] = [];
  const add = (term: string) => {
    if (term !== '' && !terms.includes(term)) terms.push(term);
  };
  const latin = text.replace(CJK_RUN, ' ').replace(/['’]/g, '').toLowerCase();
  for (const [word] of latin.matchAll(WORD)) if (!ENGLISH_STOP_WORDS.has(word)) add(word);
  for (const [run] of text.matchAll(CJK_RUN)) {
    for (const chunk of run.replace(CHINESE_FILLER, ' ').split(' ')) {
      if (chunk.length <= 2) add(chunk);
      else for (let index = 0; index + 2 <= chunk.length; index += 2) add(chunk.slice(index, index + 2));
    }
  }
  if (terms.length === 0) return [];
  const queries = [terms.join(' ')];
  if (terms.length > 1) queries.push(...terms);
  return queries.slice(0, MAX_QUERIES);
}
