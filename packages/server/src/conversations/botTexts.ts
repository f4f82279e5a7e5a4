/** What the demo bot says, in one language. @internal */
export interface BotTexts {
  /** The language, for formatting dates. */
  locale: string;
  /** Answer to a first message when articles matched. */
  found: string;
  /** Answer to a first message when nothing matched. */
  notFound: string;
  /** Label and text of the "it helped" quick reply. */
  helped: string;
  /** Label of the hand-off quick reply. */
  talkToPerson: string;
  /** Answer to "that helped". */
  glad: string;
  /** Answer to a hand-off request; `when` is a duration from {@link BotTexts.duration}, if known. */
  handoff(when: string | undefined): string;
  /** Answer to a hand-off request outside business hours; `when` is when the team is back. */
  handoffClosed(when: string): string;
  /** A duration in words, such as "2 hours". */
  duration(minutes: number): string;
}

function split(minutes: number): { unit: 'minute' | 'hour' | 'day'; count: number } {
  if (minutes < 60) return { unit: 'minute', count: Math.max(1, Math.round(minutes)) };
  if (minutes < 24 * 60) return { unit: 'hour', count: Math.round(minutes / 60) };
  return { unit: 'day', count: Math.round(minutes / (24 * 60)) };
}

const english: BotTexts = {
  locale: 'en',
  found:
    'Here are some articles that might help. If they don’t answer your question, a person from the team can take over.',
  notFound:
    'I couldn’t find an article about that. A person from the team can help: tap below, or keep writing and they’ll read it all.',
  helped: 'That helped',
  talkToPerson: 'Talk to a person',
  glad: 'Glad that helped! If anything else comes up, just write here.',
  handoff: (when) =>
    when === undefined
      ? 'I’ve asked the team to join. A person will reply here as soon as they can.'
      : `I’ve asked the team to join. A person usually replies within ${when}; you’ll see the answer here.`,
  handoffClosed: (when) =>
    `I’ve asked the team to join. They’re away right now and back ${when}; you’ll see their answer here.`,
  duration(minutes) {
    const { unit, count } = split(minutes);
    return `${count} ${unit}${count === 1 ? '' : 's'}`;
  },
};

const simplifiedChinese: BotTexts = {
  locale: 'zh-Hans',
  found: '这些文章也许能帮到你。如果没有解决问题，可以转给人工客服。',
  notFound: '没有找到相关的文章。可以点下面的按钮转人工，或者继续留言，客服会看到全部内容。',
  helped: '问题解决了',
  talkToPerson: '转人工客服',
  glad: '很高兴帮到你！如果还有其他问题，随时在这里留言。',
  handoff: (when) =>
    when === undefined
      ? '已经通知客服团队，会尽快在这里回复你。'
      : `已经通知客服团队，通常会在${when}内在这里回复你。`,
  handoffClosed: (when) => `已经通知客服团队。他们现在不在线，将于${when}回来，届时会在这里回复你。`,
  duration(minutes) {
    const { unit, count } = split(minutes);
    return `${count}${unit === 'minute' ? '分钟' : unit === 'hour' ? '小时' : '天'}`;
  },
};

const traditionalChinese: BotTexts = {
  locale: 'zh-Hant',
  found: '這些文章也許能幫上忙。如果沒有解決問題，可以轉給真人客服。',
  notFound: '沒有找到相關的文章。可以點下面的按鈕轉真人客服，或繼續留言，客服會看到全部內容。',
  helped: '問題解決了',
  talkToPerson: '轉真人客服',
  glad: '很高興幫上忙！如果還有其他問題，隨時在這裡留言。',
  handoff: (when) =>
    when === undefined
      ? '已經通知客服團隊，會盡快在這裡回覆你。'
      : `已經通知客服團隊，通常會在${when}內在這裡回覆你。`,
  handoffClosed: (when) => `已經通知客服團隊。他們現在不在線上，將於${when}回來，屆時會在這裡回覆你。`,
  duration(minutes) {
    const { unit, count } = split(minutes);
    return `${count}${unit === 'minute' ? '分鐘' : unit === 'hour' ? '小時' : '天'}`;
  },
};

/** The languages the demo bot speaks; the first is the fallback. @internal */
export const botLocales = ['en', 'zh-Hans', 'zh-Hant'] as const;

/** The demo bot's texts in one of {@link botLocales}. @internal */
export function botTexts(locale: string): BotTexts {
  if (locale === 'zh-Hans') return simplifiedChinese;
  if (locale === 'zh-Hant') return traditionalChinese;
  return english;
}
