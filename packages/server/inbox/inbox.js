// The agent inbox: a small page over the agent API (/v1/agent) so that a person can answer the demo
// conversations and tickets live. Everything from the API is written with textContent, never as HTML, and
// the page runs under a strict Content-Security-Policy (no inline scripts or styles).
const TOKEN_KEY = 'parley-agent-token';
const NAME_KEY = 'parley-agent-name';
/** How long "… is typing" stays up without news from the visitor. */
const TYPING_SHOWN_MS = 6000;
/** How often the agent's own typing is reported while they type. */
const TYPING_SENT_EVERY_MS = 3000;
const REFUSED = 'That token was refused.';

const views = {
  conversations: {
    title: 'Conversations',
    pick: 'Pick a conversation',
    empty: 'No conversations here.',
    statuses: [
      ['open', 'Open'],
      ['resolved', 'Resolved'],
      ['', 'All'],
    ],
  },
  tickets: {
    title: 'Tickets',
    pick: 'Pick a ticket',
    empty: 'No tickets here.',
    statuses: [
      ['received', 'Received'],
      ['open', 'Open'],
      ['waiting_on_customer', 'Waiting on customer'],
      ['solved', 'Solved'],
      ['closed', 'Closed'],
      ['', 'All'],
    ],
  },
  outbox: {
    title: 'Outbox',
    pick: 'Pick an email',
    empty: 'No emails yet. One is recorded when the team replies to a visitor who is away and left an email.',
    statuses: [],
  },
};
const ticketStatuses = views.tickets.statuses.filter(([value]) => value !== '');

const state = {
  token: '',
  tab: 'conversations',
  // New offline-form tickets arrive as `received`: the team sees every ticket until it picks a status.
  status: { conversations: 'open', tickets: '' },
  selected: undefined,
  /** What the detail pane shows now: `{ key, messageIds }`, so that only new messages are appended. */
  shown: { key: undefined, messageIds: new Set() },
  /** The conversation or ticket the detail pane shows, or the email. */
  current: undefined,
  /** The list as last loaded (the outbox detail comes from it). */
  list: [],
  events: undefined,
  lastEventId: undefined,
  retry: undefined,
  drafts: new Map(),
  /** The reply being sent, so that sending it again after a failure does not post it twice. */
  pending: undefined,
  /** Conversation id → message id the team has read up to (as told to the server). */
  readUpTo: new Map(),
  /** Conversation id → { name, until } of visitors typing. */
  typing: new Map(),
  typingTimer: undefined,
  typingSentAt: 0,
  typingSentFor: undefined,
};
const $ = (id) => document.getElementById(id);

function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) if (child !== undefined && child !== null && child !== '') node.append(child);
  return node;
}

/** A random id for `clientMessageId` (crypto.randomUUID needs a secure context; this does not). */
function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function api(method, path, body) {
  let response;
  try {
    response = await fetch(`/v1/agent${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${state.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error('The server did not answer. Is it running?');
  }
  if (response.status === 204) return undefined;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(data.detail ?? data.title ?? `The server answered ${response.status}.`);
    error.status = response.status;
    throw error;
  }
  return data;
}

function time(iso) {
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  const text = date.toLocaleString(
    undefined,
    today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
  return element('time', { dateTime: date.toISOString(), textContent: text });
}

function labelOf(value) {
  return value.charAt(0).toUpperCase() + value.slice(1).replaceAll('_', ' ');
}

/** A link only for http(s) addresses; anything else (javascript:, data:...) stays plain text. */
function safeLink(url, text = url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return element('a', {
        href: parsed.href,
        textContent: text,
        target: '_blank',
        rel: 'noopener noreferrer',
      });
    }
  } catch {}
  return text;
}

function emailLink(email) {
  return element('a', { href: `mailto:${email}`, textContent: email });
}

function describeEvent(part) {
  switch (part.event) {
    case 'assigned':
      return `${part.assignee?.name ?? 'Someone from the team'} joined the conversation`;
    case 'handoff_requested':
      return 'The visitor asked for a person';
    case 'resolved':
      return 'Resolved';
    case 'reopened':
      return 'Reopened';
    case 'rated':
      return `Rated ${part.score}/5`;
    default:
      return labelOf(String(part.event));
  }
}

function describePart(part) {
  switch (part.type) {
    case 'quick_replies':
      return `Offered: ${part.replies.map((reply) => reply.label).join(' · ')}`;
    case 'article':
      return `Article: ${part.title}`;
    case 'card':
      return `Card: ${part.title}`;
    case 'event':
      return describeEvent(part);
    default:
      return '';
  }
}

function describeMessage(message) {
  if (message === null || message === undefined) return 'No messages yet';
  const text = message.text || message.parts.map(describePart).find(Boolean) || '';
  const attachments = message.attachments?.length ? `📎 ${message.attachments.length}` : '';
  const content = [text, attachments].filter(Boolean).join(' ');
  if (message.author.kind === 'visitor' || message.author.kind === 'system') return content;
  return `${message.author.name}: ${content}`;
}

/**
 * Runs `task` once at a time for `button`. The button is marked busy with aria-disabled rather than
 * disabled: a disabled button would drop the keyboard focus.
 */
async function whileBusy(button, task) {
  if (button.getAttribute('aria-disabled') === 'true') return;
  button.setAttribute('aria-disabled', 'true');
  try {
    await task();
  } finally {
    button.removeAttribute('aria-disabled');
  }
}

function showError(id, error) {
  $(id).textContent = error === undefined ? '' : String(error.message ?? error);
}

function setConnection(text) {
  $('connection').textContent = text;
}

// ─── Tabs and the list ────────────────────────────────────────────────────────────────────────────────

function renderTabs() {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.tab === state.tab;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) $('inbox').setAttribute('aria-labelledby', tab.id);
  }
  const view = views[state.tab];
  $('list-title').textContent = view.title;
  const filter = $('status-filter');
  // Rebuilt only when the tab changes, so that a focused filter keeps its focus on every refresh.
  if (filter.dataset.tab !== state.tab) {
    filter.dataset.tab = state.tab;
    filter.replaceChildren(
      ...view.statuses.map(([value, label]) => element('option', { value, textContent: label })),
    );
  }
  $('status-field').hidden = view.statuses.length === 0;
  if (view.statuses.length > 0) filter.value = state.status[state.tab];
}

function listItem({ id, title, subtitle, preview, when, badges = [] }) {
  const button = element(
    'button',
    { type: 'button', className: 'item' },
    element(
      'span',
      { className: 'item-head' },
      element('span', { className: 'name', textContent: title }),
      when === undefined ? undefined : element('span', { className: 'when' }, time(when)),
    ),
    subtitle ? element('span', { className: 'subtitle', textContent: subtitle }) : undefined,
    preview ? element('span', { className: 'preview', textContent: preview }) : undefined,
    badges.length > 0
      ? element(
          'span',
          { className: 'badges' },
          ...badges.map(([text, kind]) => element('span', { className: `badge ${kind}`, textContent: text })),
        )
      : undefined,
  );
  button.dataset.id = id;
  button.setAttribute('aria-current', String(state.selected === id));
  button.addEventListener('click', () => select(id));
  return element('li', {}, button);
}

function conversationItem({ conversation, contact, visitorOnline }) {
  const badges = [];
  if (visitorOnline) badges.push(['Online', 'online']);
  // Nobody is answering (the bot handed over, or there is no bot), or the visitor wrote last.
  const waiting = conversation.assignee === null || conversation.lastMessage?.author.kind === 'visitor';
  if (conversation.status === 'open' && waiting) {
    badges.push(['Needs a reply', 'attention']);
  }
  if (conversation.status === 'resolved') badges.push(['Resolved', 'done']);
  return listItem({
    id: conversation.id,
    title: contact.name ?? contact.email ?? 'Visitor',
    subtitle: contact.name !== null && contact.email !== null ? contact.email : '',
    preview: describeMessage(conversation.lastMessage),
    when: conversation.updatedAt,
    badges,
  });
}

function ticketItem({ ticket }) {
  return listItem({
    id: ticket.id,
    title: `${ticket.reference} · ${ticket.subject}`,
    subtitle: ticket.requester.name
      ? `${ticket.requester.name} <${ticket.requester.email}>`
      : ticket.requester.email,
    when: ticket.updatedAt,
    badges: [
      [labelOf(ticket.status), ticket.status === 'closed' || ticket.status === 'solved' ? 'done' : ''],
    ],
  });
}

function emailItem(email) {
  return listItem({
    id: email.id,
    title: email.to,
    subtitle: email.subject,
    when: email.createdAt,
    badges: email.usedAt ? [['Link used', 'done']] : [],
  });
}

async function loadList(tab) {
  const status = state.status[tab];
  const query = status ? `status=${status}&limit=50` : 'limit=50';
  if (tab === 'conversations') return (await api('GET', `/conversations?${query}`)).data;
  if (tab === 'tickets') return (await api('GET', `/tickets?${query}`)).data;
  return (await api('GET', '/outbox?limit=50')).data;
}

function renderList(tab, list) {
  const items = $('items');
  const focused = document.activeElement?.closest?.('#items button')?.dataset.id;
  const render = tab === 'conversations' ? conversationItem : tab === 'tickets' ? ticketItem : emailItem;
  items.replaceChildren(...list.map(render));
  $('empty').textContent = views[tab].empty;
  $('empty').hidden = list.length > 0;
  // The list is rebuilt on every change: the button that had the focus gets it back.
  if (focused !== undefined) {
    const again = [...items.querySelectorAll('button')].find((button) => button.dataset.id === focused);
    again?.focus();
  }
}

// ─── The detail pane ──────────────────────────────────────────────────────────────────────────────────

function fact(...content) {
  return element('li', {}, ...content);
}

/**
 * A message in the thread. A visitor's earlier messages carry the name they had then ("Visitor" before they
 * gave one): `visitorName` is what they are called now.
 */
function messageItem(message, visitorName) {
  const kind = message.author.kind;
  const item = element('li', { className: `message ${kind}` });
  if (kind === 'system') {
    const text = message.parts.map(describePart).filter(Boolean).join(' · ') || message.text;
    item.append(element('span', { textContent: text }), ' · ', time(message.createdAt));
    return item;
  }
  const name = kind === 'visitor' && visitorName ? visitorName : message.author.name;
  const role = kind === 'bot' ? ' · Bot' : kind === 'agent' ? ' · Team' : '';
  item.append(
    element(
      'p',
      { className: 'author' },
      element('span', { className: 'who', textContent: name }),
      `${role} · `,
      time(message.createdAt),
    ),
  );
  if (message.text) item.append(element('p', { className: 'text', textContent: message.text }));
  for (const part of message.parts) {
    const text = describePart(part);
    if (text) item.append(element('p', { className: 'part', textContent: text }));
  }
  for (const attachment of message.attachments ?? []) {
    const size = `${Math.max(1, Math.round(attachment.size / 1024))} KB`;
    item.append(element('p', { className: 'part', textContent: `📎 ${attachment.name} (${size})` }));
  }
  return item;
}

function commentItem(comment) {
  return messageItem({ ...comment, parts: [] });
}

/** Shows `items` in the thread, appending only those not shown yet (the log stays calm for readers). */
function renderThread(key, items, render) {
  const list = $('messages');
  const thread = $('thread');
  if (state.shown.key !== key) {
    state.shown = { key, messageIds: new Set() };
    list.replaceChildren();
  }
  const nearBottom = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 80;
  const fresh = items.filter((item) => !state.shown.messageIds.has(item.id));
  for (const item of fresh) {
    state.shown.messageIds.add(item.id);
    list.append(render(item));
  }
  thread.hidden = false;
  if (fresh.length > 0 && (nearBottom || fresh.length === items.length))
    thread.scrollTop = thread.scrollHeight;
}

function clearDetail(title) {
  $('detail-title').textContent = title;
  $('detail-facts').replaceChildren();
  for (const id of [
    'status-button',
    'open-conversation',
    'ticket-status-field',
    'thread',
    'email-body',
    'reply',
  ]) {
    $(id).hidden = true;
  }
  state.shown = { key: undefined, messageIds: new Set() };
  $('messages').replaceChildren();
  $('email-body').textContent = '';
  state.current = undefined;
  renderTyping();
}

function answering(conversation) {
  const assignee = conversation.assignee;
  if (conversation.status === 'resolved') return 'Resolved';
  if (assignee === null) return 'Waiting for someone from the team';
  if (assignee.kind === 'bot') return `${assignee.name} (bot) is answering`;
  return `Answered by ${assignee.name}`;
}

async function loadConversation(id) {
  const [entry, page] = await Promise.all([
    api('GET', `/conversations/${id}`),
    api('GET', `/conversations/${id}/messages?limit=100`),
  ]);
  return { entry, messages: page.data };
}

function renderConversation({ entry, messages }) {
  const { conversation, contact, visitorOnline } = entry;
  const { context } = conversation;
  const visitorName = contact.name ?? contact.email ?? 'Visitor';
  // The visitor's name is part of the key: when they give one, their messages are shown again under it.
  const key = `conversation:${conversation.id}:${visitorName}`;
  if (state.shown.key !== key) clearDetail('');
  state.current = entry;
  $('detail-title').textContent = visitorName;
  const facts = [];
  if (contact.email) facts.push(fact(emailLink(contact.email)));
  facts.push(
    fact(
      visitorOnline
        ? 'Online now'
        : contact.email
          ? 'Away: replies also go out by email'
          : 'Away, and left no email',
    ),
  );
  if (context.pageUrl) {
    facts.push(fact('On ', safeLink(context.pageUrl), context.pageTitle ? ` (${context.pageTitle})` : ''));
  }
  facts.push(fact(answering(conversation)));
  if (conversation.rating) facts.push(fact(`Rated ${conversation.rating.score}/5`));
  $('detail-facts').replaceChildren(...facts);

  const statusButton = $('status-button');
  statusButton.textContent = conversation.status === 'open' ? 'Resolve' : 'Reopen';
  statusButton.hidden = false;
  renderThread(key, messages, (message) => messageItem(message, visitorName));
  $('reply').hidden = false;
  renderTyping();
  markRead(conversation.id, messages);
}

/** Tells the server (and so the visitor) that the team has read the conversation up to its last message. */
function markRead(conversationId, messages) {
  const last = messages[messages.length - 1];
  if (last === undefined || state.readUpTo.get(conversationId) === last.id) return;
  state.readUpTo.set(conversationId, last.id);
  api('POST', `/conversations/${conversationId}/read`, { messageId: last.id }).catch(() => {
    state.readUpTo.delete(conversationId);
  });
}

async function loadTicket(id) {
  const [entry, page] = await Promise.all([
    api('GET', `/tickets/${id}`),
    api('GET', `/tickets/${id}/comments?limit=100`),
  ]);
  return { entry, comments: page.data };
}

function renderTicket({ entry, comments }) {
  const { ticket } = entry;
  if (state.shown.key !== `ticket:${ticket.id}`) clearDetail('');
  state.current = entry;
  $('detail-title').textContent = `${ticket.reference} · ${ticket.subject}`;
  $('detail-facts').replaceChildren(
    fact(ticket.requester.name ? `${ticket.requester.name} · ` : '', emailLink(ticket.requester.email)),
    fact('Opened ', time(ticket.createdAt)),
  );
  const select = $('ticket-status');
  if (select.options.length === 0) {
    select.append(
      ...ticketStatuses.map(([value, label]) => element('option', { value, textContent: label })),
    );
  }
  select.value = ticket.status;
  // A ticket never goes back to received (the server answers 409), so that choice is only shown as current.
  for (const option of select.options)
    option.disabled = option.value === 'received' && ticket.status !== 'received';
  $('ticket-status-field').hidden = false;
  renderThread(`ticket:${ticket.id}`, comments, commentItem);
  $('reply').hidden = ticket.status === 'closed';
}

function renderEmail(email) {
  if (state.shown.key !== `email:${email.id}`) clearDetail('');
  state.shown.key = `email:${email.id}`;
  state.current = email;
  $('detail-title').textContent = email.subject;
  $('detail-facts').replaceChildren(
    fact('To ', emailLink(email.to)),
    fact('Recorded ', time(email.createdAt)),
    fact(
      ...(email.usedAt
        ? ['Link used ', time(email.usedAt)]
        : ['Link valid until ', time(email.linkExpiresAt)]),
    ),
  );
  $('email-body').textContent = email.text;
  $('email-body').hidden = false;
  $('open-conversation').hidden = false;
}

// ─── Refreshing ───────────────────────────────────────────────────────────────────────────────────────

async function refreshOnce() {
  if (!state.token) return;
  const { tab, selected } = state;
  const status = state.status[tab];
  const stale = () => state.tab !== tab || state.selected !== selected || state.status[tab] !== status;
  renderTabs();
  const [list, detail] = await Promise.all([
    loadList(tab),
    selected === undefined || tab === 'outbox'
      ? undefined
      : tab === 'conversations'
        ? loadConversation(selected)
        : loadTicket(selected),
  ]);
  // The person moved on meanwhile: the next round shows what they picked.
  if (stale() || !state.token) return;
  state.list = list;
  renderList(tab, list);
  if (selected === undefined) clearDetail(views[tab].pick);
  else if (tab === 'conversations') renderConversation(detail);
  else if (tab === 'tickets') renderTicket(detail);
  else {
    const email = list.find((entry) => entry.id === selected);
    if (email === undefined) clearDetail(views[tab].pick);
    else renderEmail(email);
  }
}

let running;
let again = false;
/** Reloads the list and the detail pane; calls during a reload make one more reload after it. */
function refresh() {
  if (running !== undefined) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await refreshOnce();
        showError('detail-error');
      } catch (error) {
        handleError(error);
      }
    } while (again && state.token);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

function handleError(error) {
  if (error.status === 401) signOut(REFUSED);
  else showError('detail-error', error);
}

// ─── Choosing and answering ───────────────────────────────────────────────────────────────────────────

function saveDraft() {
  if (state.selected !== undefined) state.drafts.set(state.selected, $('reply-text').value);
}

function select(id) {
  if (id === state.selected) return;
  saveDraft();
  stopTyping();
  state.selected = id;
  $('reply-text').value = state.drafts.get(id) ?? '';
  showError('detail-error');
  refresh();
}

function selectTab(tab) {
  if (tab === state.tab) return;
  saveDraft();
  stopTyping();
  state.tab = tab;
  state.selected = undefined;
  $('reply-text').value = '';
  showError('detail-error');
  refresh();
}

function agentAuthor() {
  const name = $('agent-name').value.trim();
  return name === '' ? {} : { author: { name } };
}

async function sendReply() {
  const text = $('reply-text').value.trim();
  const id = state.selected;
  if (!text || id === undefined) return;
  if (state.pending?.id !== id || state.pending.text !== text) {
    state.pending = { id, text, clientMessageId: randomId() };
  }
  const submit = $('reply').querySelector('button[type="submit"]');
  await whileBusy(submit, async () => {
    try {
      if (state.tab === 'tickets') {
        await api('POST', `/tickets/${id}/comments`, { text, ...agentAuthor() });
      } else {
        await api('POST', `/conversations/${id}/messages`, {
          text,
          clientMessageId: state.pending.clientMessageId,
          ...agentAuthor(),
        });
      }
      state.pending = undefined;
      state.drafts.delete(id);
      if (state.selected === id) $('reply-text').value = '';
      stopTyping();
      await refresh();
    } catch (error) {
      handleError(error);
    }
  });
}

/** Lets the visitor see that someone is writing (at most every few seconds). */
function reportTyping() {
  if (state.tab !== 'conversations' || state.selected === undefined) return;
  const now = Date.now();
  if (state.typingSentFor === state.selected && now - state.typingSentAt < TYPING_SENT_EVERY_MS) return;
  state.typingSentFor = state.selected;
  state.typingSentAt = now;
  api('POST', `/conversations/${state.selected}/typing`, { typing: true }).catch(() => {});
}

function stopTyping() {
  const id = state.typingSentFor;
  if (id === undefined) return;
  state.typingSentFor = undefined;
  state.typingSentAt = 0;
  api('POST', `/conversations/${id}/typing`, { typing: false }).catch(() => {});
}

function renderTyping() {
  const entry = state.tab === 'conversations' ? state.typing.get(state.selected) : undefined;
  const text = entry !== undefined && entry.until > Date.now() ? `${entry.name} is typing…` : '';
  if ($('typing').textContent !== text) $('typing').textContent = text;
}

function onTyping({ conversationId, participant, typing }) {
  if (participant.kind !== 'visitor') return;
  if (typing)
    state.typing.set(conversationId, { name: participant.name, until: Date.now() + TYPING_SHOWN_MS });
  else state.typing.delete(conversationId);
  renderTyping();
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(renderTyping, TYPING_SHOWN_MS + 50);
}

// ─── Live updates ─────────────────────────────────────────────────────────────────────────────────────

let scheduled;
function refreshSoon() {
  clearTimeout(scheduled);
  scheduled = setTimeout(refresh, 100);
}

function connect() {
  state.events?.close();
  clearTimeout(state.retry);
  const params = new URLSearchParams({ token: state.token });
  if (state.lastEventId !== undefined) params.set('lastEventId', state.lastEventId);
  const events = new EventSource(`/v1/agent/events?${params}`);
  state.events = events;
  let wasOpen = false;
  events.onopen = () => {
    setConnection('Live');
    // Back after a break: what happened meanwhile was replayed, but a fresh look costs little.
    if (wasOpen) refreshSoon();
    wasOpen = true;
  };
  events.onerror = () => {
    if (state.events !== events) return;
    if (events.readyState === EventSource.CLOSED) {
      // The browser gave up (the server refused or is gone): find out why, then try again.
      setConnection('Offline, retrying…');
      state.retry = setTimeout(checkAndReconnect, 3000);
    } else {
      setConnection('Reconnecting…');
    }
  };
  const read = (event) => {
    if (event.lastEventId) state.lastEventId = event.lastEventId;
    try {
      return JSON.parse(event.data).data ?? {};
    } catch {
      return {};
    }
  };
  for (const type of [
    'message.created',
    'conversation.updated',
    'ticket.updated',
    'ticket.comment.created',
    'reset',
  ]) {
    events.addEventListener(type, (event) => {
      const data = read(event);
      if (type === 'message.created' && data.message?.author.kind === 'visitor') {
        state.typing.delete(data.conversationId);
        renderTyping();
      }
      refreshSoon();
    });
  }
  events.addEventListener('typing', (event) => onTyping(read(event)));
  events.addEventListener('read', read);
}

async function checkAndReconnect() {
  if (!state.token) return;
  try {
    await api('GET', '/conversations?limit=1');
    connect();
    refresh();
  } catch (error) {
    if (error.status === 401) signOut(REFUSED);
    else state.retry = setTimeout(checkAndReconnect, 5000);
  }
}

// ─── Signing in and out ───────────────────────────────────────────────────────────────────────────────

function showInbox(signedIn) {
  $('sign-in').hidden = signedIn;
  $('inbox').hidden = !signedIn;
  $('tabs').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
}

function signOut(message) {
  state.token = '';
  sessionStorage.removeItem(TOKEN_KEY);
  state.events?.close();
  state.events = undefined;
  state.lastEventId = undefined;
  clearTimeout(state.retry);
  state.selected = undefined;
  clearDetail(views[state.tab].pick);
  showInbox(false);
  setConnection('Not connected');
  showError('sign-in-error', message);
  $('token').focus();
  $('token').select();
}

async function signIn(token, { fromForm }) {
  state.token = token;
  setConnection('Connecting…');
  try {
    // Check the token first, so that a wrong one never shows an empty inbox.
    await api('GET', '/conversations?limit=1');
  } catch (error) {
    signOut(error.status === 401 ? REFUSED : error.message);
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  $('token').value = '';
  showError('sign-in-error');
  showInbox(true);
  connect();
  await refresh();
  if (fromForm) document.querySelector('[role="tab"][aria-selected="true"]')?.focus();
}

// ─── Wiring ───────────────────────────────────────────────────────────────────────────────────────────

$('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  const submit = $('sign-in').querySelector('button[type="submit"]');
  if (token) whileBusy(submit, () => signIn(token, { fromForm: true }));
});
$('sign-out').addEventListener('click', () => signOut());

$('status-filter').addEventListener('change', (event) => {
  state.status[state.tab] = event.target.value;
  refresh();
});

const tabs = [...document.querySelectorAll('[role="tab"]')];
for (const tab of tabs) tab.addEventListener('click', () => selectTab(tab.dataset.tab));
$('tabs').addEventListener('keydown', (event) => {
  const index = tabs.indexOf(document.activeElement);
  const next = {
    ArrowRight: (index + 1) % tabs.length,
    ArrowLeft: (index - 1 + tabs.length) % tabs.length,
    Home: 0,
    End: tabs.length - 1,
  }[event.key];
  if (index < 0 || next === undefined) return;
  event.preventDefault();
  tabs[next].focus();
  selectTab(tabs[next].dataset.tab);
});

$('status-button').addEventListener('click', async (event) => {
  const entry = state.current;
  if (entry?.conversation === undefined) return;
  const status = entry.conversation.status === 'open' ? 'resolved' : 'open';
  await whileBusy(event.currentTarget, async () => {
    try {
      await api('PUT', `/conversations/${entry.conversation.id}/status`, { status, ...agentAuthor() });
      await refresh();
    } catch (error) {
      handleError(error);
    }
  });
});

$('ticket-status').addEventListener('change', async (event) => {
  const entry = state.current;
  if (entry?.ticket === undefined) return;
  try {
    await api('PUT', `/tickets/${entry.ticket.id}/status`, { status: event.target.value });
  } catch (error) {
    handleError(error);
  }
  await refresh();
});

$('open-conversation').addEventListener('click', () => {
  const conversationId = state.current?.conversationId;
  if (conversationId === undefined) return;
  selectTab('conversations');
  select(conversationId);
});

$('reply').addEventListener('submit', (event) => {
  event.preventDefault();
  sendReply();
});
$('reply-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    $('reply').requestSubmit();
  }
});
$('reply-text').addEventListener('input', () => {
  if ($('reply-text').value.trim() === '') stopTyping();
  else reportTyping();
});
$('reply-text').addEventListener('blur', stopTyping);

$('agent-name').value = localStorage.getItem(NAME_KEY) ?? '';
$('agent-name').addEventListener('change', () => {
  const name = $('agent-name').value.trim();
  if (name) localStorage.setItem(NAME_KEY, name);
  else localStorage.removeItem(NAME_KEY);
});

// A token in the address (?token=…) signs in once; it is then taken out of the address bar and history.
const url = new URL(location.href);
const fromUrl = url.searchParams.get('token');
if (fromUrl !== null) {
  url.searchParams.delete('token');
  history.replaceState(null, '', url);
}
const saved = fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
if (saved) signIn(saved, { fromForm: false });
else signOut();
