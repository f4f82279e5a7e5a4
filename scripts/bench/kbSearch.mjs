// Part 1 of `npm run bench:server`: knowledge-base search at the design's budget ("KB search, 5,000
// articles, reference server: p95 ≤ 30 ms server time").
//
// Seeds a SQLite file with 5,000 generated help-centre articles (English and Simplified Chinese, 150-300
// words each, deterministic), starts the server, sends 1,000 searches one at a time (English words, word
// prefixes, two-character Chinese terms) and reports p50/p95/p99 of the server's own time (the
// `Server-Timing: app;dur=` header of GET /v1/kb/search) and of the client round trip.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, summarise } from './stats.mjs';

const ARTICLES = 5_000;
const COLLECTIONS = 8;
const QUERIES = 1_000;
const WARM_UP = 50;
const REQUEST_TIMEOUT_MS = 10_000;
/** Informational: the run never fails on it. */
export const SEARCH_P95_BUDGET_MS = 30;
const WIDGET_KEY = 'wk_bench';

// ---------------------------------------------------------------------------------------------------------
// Deterministic text

/** mulberry32: a small seeded PRNG, so every run benchmarks the same articles and queries. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(20261122);
const between = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
/** Zipf-like: early entries of the list are much more frequent, as in real text. */
const pickZipf = (list) => list[Math.min(list.length - 1, Math.floor(list.length * random() ** 2.2))];

const englishFunctionWords = (
  'the a an to of and or in on for with your you it is are be can will this that from by at as if ' +
  'when then not all any more each new our we its has have was after before into out up'
).split(' ');

const englishWords = (
  'account password reset sign login email address verify code authenticator backup device phone tablet ' +
  'computer desktop mobile app browser web sync offline online note notebook tag search filter folder ' +
  'attachment image file upload download export import share link permission team member workspace ' +
  'admin owner invite remove role plan free plus billing invoice receipt payment card paypal refund ' +
  'cancel subscription upgrade downgrade price trial discount tax company settings profile name photo ' +
  'language theme dark light notification reminder calendar schedule task checklist table heading list ' +
  'editor format bold italic markdown shortcut keyboard clipboard clipper page article template history ' +
  'version restore trash delete archive copy move merge duplicate conflict error problem issue crash slow ' +
  'update install uninstall storage limit quota space security privacy encryption session logout ' +
  'two-factor recovery lock unlock access request approve reject report export pdf print scan camera ' +
  'audio video record transcribe translate spell check comment mention reply thread message chat support ' +
  'contact ticket status priority label project client customer order shipping delivery return exchange ' +
  'warranty product catalog inventory stock store checkout cart coupon gift voucher loyalty points ' +
  'membership renewal expiry date time zone region country currency bank transfer statement balance ' +
  'transaction pending failed declined approved verified blocked suspended restored migrated connected ' +
  'integration webhook api token key secret domain server network wifi bluetooth battery screen display ' +
  'font size color layout sidebar toolbar menu button dialog window tab widget dashboard analytics chart'
).split(' ');

const chineseWords = (
  '账号 密码 重置 登录 邮箱 地址 验证 代码 设备 手机 平板 电脑 桌面 应用 浏览 同步 离线 在线 笔记 标签 ' +
  '搜索 筛选 文件 附件 图片 上传 下载 导出 导入 分享 链接 权限 团队 成员 管理 邀请 角色 套餐 免费 账单 ' +
  '发票 收据 付款 信用 退款 取消 订阅 升级 降级 价格 试用 折扣 税号 公司 设置 资料 名称 照片 语言 主题 ' +
  '通知 提醒 日历 任务 清单 表格 标题 列表 编辑 格式 快捷 键盘 剪贴 网页 模板 历史 版本 恢复 删除 归档 ' +
  '复制 移动 合并 冲突 错误 问题 崩溃 更新 安装 卸载 存储 空间 安全 隐私 加密 会话 退出 备用 访问 申请 ' +
  '批准 拒绝 报告 打印 扫描 相机 录音 视频 翻译 拼写 评论 回复 消息 聊天 支持 联系 工单 状态 优先 项目 ' +
  '客户 订单 配送 退货 换货 保修 产品 库存 商店 结账 优惠 礼品 积分 会员 续费 到期 日期 时区 地区 国家 ' +
  '货币 银行 转账 余额 交易 失败 成功 冻结 解锁 集成 接口 密钥 域名 网络 电池 屏幕 显示 字体 颜色 布局 ' +
  '菜单 按钮 窗口 仪表 图表'
).split(' ');

const chineseParticles = '的 了 在 和 你 我们 可以 如果 然后 请 会 也 都 就 把 被 从 到 与 或'.split(' ');

/**
 * The words an article is about: like a real help centre, each article keeps coming back to a few topic
 * words, so a query matches some articles strongly and most not at all. Set per article.
 */
let englishTopic = englishWords;
let chineseTopic = chineseWords;

function topicWord(topic, all) {
  return random() < 0.6 ? pick(topic) : pickZipf(all);
}

function chooseTopics() {
  englishTopic = Array.from({ length: 12 }, () => pick(englishWords));
  chineseTopic = Array.from({ length: 12 }, () => pick(chineseWords));
}

function englishSentence() {
  const words = [];
  const length = between(8, 18);
  for (let index = 0; index < length; index++) {
    words.push(random() < 0.45 ? pickZipf(englishFunctionWords) : topicWord(englishTopic, englishWords));
  }
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function englishTitle() {
  const words = Array.from({ length: between(3, 7) }, () => topicWord(englishTopic, englishWords));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

/** About `words` words of Markdown: paragraphs, a `##` heading, a numbered list, some bold. */
function englishBody(words) {
  const parts = [];
  let count = 0;
  while (count < words) {
    const roll = random();
    if (roll < 0.12) {
      parts.push(`## ${englishTitle()}`);
    } else if (roll < 0.22) {
      const items = Array.from({ length: between(2, 4) }, (_, index) => `${index + 1}. ${englishSentence()}`);
      parts.push(items.join('\n'));
    } else {
      const sentences = Array.from({ length: between(2, 4) }, englishSentence);
      if (random() < 0.3) sentences[0] = `**${sentences[0]}**`;
      parts.push(sentences.join(' '));
    }
    count = parts.join(' ').split(/\s+/).length;
  }
  return parts.join('\n\n');
}

function chineseSentence() {
  let text = '';
  const length = between(5, 11);
  for (let index = 0; index < length; index++) {
    text += random() < 0.35 ? pick(chineseParticles) : topicWord(chineseTopic, chineseWords);
  }
  return `${text}。`;
}

function chineseTitle() {
  return Array.from({ length: between(2, 4) }, () => topicWord(chineseTopic, chineseWords)).join('');
}

/** About `words` words' worth of Chinese (roughly two characters a word). */
function chineseBody(words) {
  const parts = [];
  let length = 0;
  while (length < words * 2) {
    const roll = random();
    if (roll < 0.12) {
      parts.push(`## ${chineseTitle()}`);
    } else if (roll < 0.22) {
      parts.push(
        Array.from({ length: between(2, 4) }, (_, index) => `${index + 1}. ${chineseSentence()}`).join('\n'),
      );
    } else {
      parts.push(Array.from({ length: between(2, 4) }, chineseSentence).join(''));
    }
    length = parts.join('').length;
  }
  return parts.join('\n\n');
}

function generateContent() {
  chooseTopics();
  const collections = Array.from({ length: COLLECTIONS }, (_, index) => ({
    id: `col_bench_${index}`,
    widgetKey: WIDGET_KEY,
    position: index,
    translations: {
      en: { title: englishTitle(), description: englishSentence() },
      'zh-Hans': { title: chineseTitle(), description: chineseSentence() },
    },
  }));
  const articles = [];
  let english = 0;
  let chinese = 0;
  for (let index = 0; index < ARTICLES; index++) {
    // Half the articles in both languages, a quarter each in one only.
    chooseTopics();
    const roll = random();
    const translations = {};
    if (roll < 0.75) {
      translations.en = { title: englishTitle(), body: englishBody(between(150, 300)) };
      english++;
    }
    if (roll >= 0.25) {
      translations['zh-Hans'] = { title: chineseTitle(), body: chineseBody(between(150, 300)) };
      chinese++;
    }
    articles.push({
      id: `art_bench_${index}`,
      collectionId: `col_bench_${index % COLLECTIONS}`,
      updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      pagePatterns: index % 50 === 0 ? [`/section-${index % 7}/*`] : [],
      translations,
    });
  }
  const widget = {
    key: WIDGET_KEY,
    brand: { name: 'Bench', color: '#1c7ed6' },
    defaultLocale: 'en',
    allowedOrigins: ['*'],
    translations: [
      { locale: 'en', greeting: { title: 'Hello', message: 'How can we help?' } },
      { locale: 'zh-Hans', greeting: { title: '你好', message: '有什么可以帮你？' } },
    ],
  };
  return { content: { widgets: [widget], collections, articles }, english, chinese };
}

/** 1,000 queries: English words (one to three), English prefixes, two-character Chinese terms. */
function generateQueries(count) {
  const queries = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.35) {
      const words = Array.from({ length: between(1, 3) }, () => pick(englishWords));
      queries.push({ kind: 'English words', q: words.join(' '), locale: 'en' });
    } else if (roll < 0.6) {
      const word = pick(englishWords.filter((candidate) => candidate.length >= 4));
      queries.push({
        kind: 'English prefix',
        q: word.slice(0, between(2, Math.min(5, word.length - 1))),
        locale: 'en',
      });
    } else {
      queries.push({ kind: 'Chinese 2-char', q: pick(chineseWords), locale: 'zh-Hans' });
    }
  }
  return queries;
}

function serverTiming(response) {
  const header = response.headers.get('Server-Timing') ?? '';
  const match = /(?:^|,)\s*app;(?:[^,]*;)?\s*dur=([\d.]+)/.exec(header);
  return match === null ? undefined : Number(match[1]);
}

async function search(baseUrl, { q, locale }) {
  const url = `${baseUrl}/v1/kb/search?${new URLSearchParams({ widgetKey: WIDGET_KEY, q, locale })}`;
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await response.json();
  const roundTrip = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`GET ${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return { roundTrip, server: serverTiming(response), total: body.total };
}

// ---------------------------------------------------------------------------------------------------------
// Run

/**
 * Runs the KB search part.
 * @param context - `{ dir, openSqliteStore, startServer }`: a temporary folder for the database, the
 *   dist's `openSqliteStore`, and a function starting a server process over a database file.
 */
export async function runKbSearch({ dir, openSqliteStore, startServer }) {
  const database = join(dir, 'kb.sqlite');
  const generated = generateContent();
  const seedStarted = performance.now();
  const store = openSqliteStore({ filename: database, seed: false });
  try {
    await store.seed(generated.content);
  } finally {
    await store.close();
  }
  const seedMs = performance.now() - seedStarted;

  const server = await startServer({ database });
  const results = [];
  let serverErrors;
  try {
    const queries = generateQueries(QUERIES);
    for (const query of generateQueries(WARM_UP)) await search(server.url, query);
    for (const query of queries) results.push({ ...query, ...(await search(server.url, query)) });
  } finally {
    await server.close();
    serverErrors = server.errors;
  }

  const bytes = ['', '-wal', '-shm']
    .map((suffix) => (existsSync(database + suffix) ? statSync(database + suffix).size : 0))
    .reduce((a, b) => a + b, 0);
  const serverTimes = results.map((result) => result.server).filter((value) => value !== undefined);
  const hits = results.map((result) => result.total).sort((a, b) => a - b);

  const rows = [];
  if (serverTimes.length === results.length) {
    rows.push({ name: 'KB search, server time (app;dur)', ...summarise(serverTimes) });
  } else {
    rows.push({ name: 'KB search, server time (app;dur)', note: 'not measured: no Server-Timing header' });
  }
  rows.push({
    name: 'KB search, client round trip',
    ...summarise(results.map((result) => result.roundTrip)),
  });
  for (const kind of ['English words', 'English prefix', 'Chinese 2-char']) {
    const times = results.filter((result) => result.kind === kind && result.server !== undefined);
    if (times.length > 0)
      rows.push({ name: `  server, ${kind}`, ...summarise(times.map((result) => result.server)) });
  }
  rows.push({ name: 'server errors logged', note: String(serverErrors.length) });

  return {
    title: 'KB search',
    parameters: [
      `${ARTICLES.toLocaleString('en')} articles in ${COLLECTIONS} collections ` +
        `(${generated.english.toLocaleString('en')} English, ${generated.chinese.toLocaleString('en')} ` +
        `Chinese translations), seeded and indexed in ${(seedMs / 1000).toFixed(1)} s; SQLite file of ` +
        `${(bytes / 1024 / 1024).toFixed(1)} MB`,
      `${QUERIES.toLocaleString('en')} searches one at a time after ${WARM_UP} warm-up ones; matches per ` +
        `query: median ${percentile(hits, 50)}, p95 ${percentile(hits, 95)}, max ${hits[hits.length - 1]}`,
    ],
    rows,
    failures: serverErrors.map((error) => `KB search: the server logged an error: ${error}`),
    searchServerP95: summarise(serverTimes).p95,
  };
}
