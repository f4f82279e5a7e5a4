// The agent inbox: a small page over the agent API (/v1/agent) so that a person can answer the demo
// conversations and tickets live. Everything from the API is written with textContent, never as HTML.
const TOKEN_KEY = 'parley-agent-token';
const views = {
  conversations: { title: 'Conversations', statuses: ['open', 'resolved'] },
  tickets: { title: 'Tickets', statuses: ['received', 'open', 'waiting_on_customer', 'solved', 'closed'] },
  outbox: { title: 'Outbox', statuses: [] },
};

const state = { token: '', tab: 'conversations', status: 'open', selected: undefined, events: undefined };
const $ = (id) => document.getElementById(id);

function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

async function api(method, path, body) {
  const response = await fetch(`/v1/agent${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${state.token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(data.detail ?? data.title ?? `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

function time(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

function describePart(part) {
  switch (part.type) {
    case 'quick_replies':
      return `Buttons: ${part.replies.map((reply) => reply.label).join(' · ')}`;
    case 'article':
      return `Article: ${part.title}`;
    case 'card':
      return `Card: ${part.title}`;
    case 'event':
      return part.event === 'rated' ? `Rated ${part.score}/5` : part.event.replace('_', ' ');
    default:
      return '';
  }
}

function showError(id, error) {
  $(id).textContent = error === undefined ? '' : String(error.message ?? error);
}

function renderTabs() {
  for (const button of document.querySelectorAll('[data-tab]')) {
    button.setAttribute('aria-pressed', String(button.dataset.tab === state.tab));
  }
  const view = views[state.tab];
  $('list-title').textContent = view.title;
  const filter = $('status-filter');
  filter.replaceChildren(
    ...view.statuses.map((status) =>
      element('option', { value: status, textContent: status.replaceAll('_', ' ') }),
    ),
  );
  filter.hidden = view.statuses.length === 0;
  if (view.statuses.length > 0 && !view.statuses.includes(state.status)) state.status = view.statuses[0];
  filter.value = state.status;
}

function listButton(id, title, preview, extraClass) {
  const button = element(
    'button',
    { type: 'button' },
    element('span', { className: `name ${extraClass}`, textContent: title }),
    element('br'),
    element('span', { className: 'preview', textContent: preview }),
  );
  button.setAttribute('aria-current', String(state.selected === id));
  button.addEventListener('click', () => {
    state.selected = id;
    refresh();
  });
  return element('li', {}, button);
}

async function loadList() {
  const items = $('items');
  if (state.tab === 'conversations') {
    const { data } = await api('GET', `/conversations?status=${state.status}&limit=50`);
    items.replaceChildren(
      ...data.map(({ conversation, contact, visitorOnline }) =>
        listButton(
          conversation.id,
          contact.name ?? contact.email ?? 'Visitor',
          conversation.lastMessage?.text ||
            describePart(conversation.lastMessage?.parts?.[0] ?? {}) ||
            '(no messages)',
          visitorOnline ? 'online' : '',
        ),
      ),
    );
    return data;
  }
  if (state.tab === 'tickets') {
    const { data } = await api('GET', `/tickets?status=${state.status}&limit=50`);
    items.replaceChildren(
      ...data.map(({ ticket }) =>
        listButton(
          ticket.id,
          `${ticket.reference} · ${ticket.subject}`,
          `${ticket.requester.email} · ${time(ticket.updatedAt)}`,
          '',
        ),
      ),
    );
    return data;
  }
  const { data } = await api('GET', '/outbox?limit=50');
  items.replaceChildren(
    ...data.map((email) =>
      listButton(
        email.id,
        email.subject,
        `${email.to} · ${time(email.createdAt)}${email.usedAt ? ' · link used' : ''}`,
        '',
      ),
    ),
  );
  return data;
}

function threadItem(author, text, parts, isTeam, createdAt) {
  const item = element('li', { className: author.kind === 'system' ? 'system' : isTeam ? 'team' : '' });
  item.append(element('span', { className: 'author', textContent: `${author.name} · ${time(createdAt)}` }));
  if (text) item.append(text);
  for (const part of parts ?? [])
    item.append(element('span', { className: 'part', textContent: describePart(part) }));
  return item;
}

function actionButton(label, run) {
  const button = element('button', { type: 'button', textContent: label });
  button.addEventListener('click', () => run().then(refresh, (error) => showError('detail-error', error)));
  return button;
}

async function loadDetail(list) {
  const thread = $('thread');
  const actions = $('detail-actions');
  $('reply').hidden = true;
  actions.replaceChildren();
  thread.replaceChildren();
  $('detail-meta').textContent = '';
  if (state.tab === 'conversations') {
    const entry = list.find(({ conversation }) => conversation.id === state.selected);
    if (entry === undefined) {
      $('detail-title').textContent = 'Pick a conversation';
      return;
    }
    const { conversation, contact } = entry;
    $('detail-title').textContent = contact.name ?? contact.email ?? 'Visitor';
    const context = conversation.context.pageUrl ? ` · on ${conversation.context.pageUrl}` : '';
    $('detail-meta').textContent =
      `${conversation.status} · ${conversation.assignee ? `answered by ${conversation.assignee.name}` : 'waiting for the team'}${context}`;
    const { data } = await api('GET', `/conversations/${conversation.id}/messages?limit=100`);
    thread.replaceChildren(
      ...data.map((message) =>
        threadItem(
          message.author,
          message.text,
          message.parts,
          message.author.kind === 'agent' || message.author.kind === 'bot',
          message.createdAt,
        ),
      ),
    );
    const next = conversation.status === 'open' ? 'resolved' : 'open';
    actions.append(
      actionButton(next === 'resolved' ? 'Resolve' : 'Reopen', () =>
        api('PUT', `/conversations/${conversation.id}/status`, { status: next }),
      ),
    );
    $('reply').hidden = false;
    thread.lastElementChild?.scrollIntoView({ block: 'end' });
    return;
  }
  if (state.tab === 'tickets') {
    const entry = list.find(({ ticket }) => ticket.id === state.selected);
    if (entry === undefined) {
      $('detail-title').textContent = 'Pick a ticket';
      return;
    }
    const { ticket } = entry;
    $('detail-title').textContent = `${ticket.reference} · ${ticket.subject}`;
    $('detail-meta').textContent =
      `${ticket.status.replaceAll('_', ' ')} · ${ticket.requester.name ?? ''} <${ticket.requester.email}>`;
    const { data } = await api('GET', `/tickets/${ticket.id}/comments?limit=100`);
    thread.replaceChildren(
      ...data.map((comment) =>
        threadItem(comment.author, comment.text, [], comment.author.kind === 'agent', comment.createdAt),
      ),
    );
    const select = element(
      'select',
      { ariaLabel: 'Ticket status' },
      ...views.tickets.statuses.map((status) =>
        element('option', { value: status, textContent: status.replaceAll('_', ' ') }),
      ),
    );
    select.value = ticket.status;
    select.addEventListener('change', () =>
      api('PUT', `/tickets/${ticket.id}/status`, { status: select.value }).then(refresh, (error) =>
        showError('detail-error', error),
      ),
    );
    actions.append(select);
    $('reply').hidden = false;
    return;
  }
  const email = list.find((entry) => entry.id === state.selected);
  $('detail-title').textContent = email?.subject ?? 'Pick an email';
  if (email === undefined) return;
  $('detail-meta').textContent = `To ${email.to} · link expires ${time(email.linkExpiresAt)}`;
  thread.replaceChildren(
    threadItem({ kind: 'agent', name: 'Email' }, `${email.text}\n\n${email.link}`, [], true, email.createdAt),
  );
}

let refreshing = Promise.resolve();
function refresh() {
  refreshing = refreshing.then(async () => {
    showError('detail-error');
    try {
      renderTabs();
      await loadDetail(await loadList());
    } catch (error) {
      if (error.status === 401) signOut('That token was refused.');
      else showError('detail-error', error);
    }
  });
  return refreshing;
}

function connect() {
  state.events?.close();
  const events = new EventSource(`/v1/agent/events?token=${encodeURIComponent(state.token)}`);
  state.events = events;
  events.onopen = () => {
    $('connection').textContent = 'Live';
  };
  events.onerror = () => {
    $('connection').textContent = 'Reconnecting…';
  };
  let pending;
  const onEvent = () => {
    clearTimeout(pending);
    pending = setTimeout(refresh, 150);
  };
  for (const type of [
    'message.created',
    'conversation.updated',
    'ticket.updated',
    'ticket.comment.created',
    'typing',
    'read',
    'reset',
  ]) {
    events.addEventListener(type, type === 'typing' ? () => {} : onEvent);
  }
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  state.events?.close();
  $('inbox').hidden = true;
  $('sign-in').hidden = false;
  $('connection').textContent = 'Not connected';
  showError('sign-in-error', message);
}

function signIn(token) {
  state.token = token;
  sessionStorage.setItem(TOKEN_KEY, token);
  $('sign-in').hidden = true;
  $('inbox').hidden = false;
  connect();
  refresh();
}

$('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  signIn($('token').value.trim());
});
$('status-filter').addEventListener('change', (event) => {
  state.status = event.target.value;
  state.selected = undefined;
  refresh();
});
for (const button of document.querySelectorAll('[data-tab]')) {
  button.addEventListener('click', () => {
    state.tab = button.dataset.tab;
    state.selected = undefined;
    refresh();
  });
}
$('reply').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('reply-text').value.trim();
  if (!text || state.selected === undefined) return;
  const path =
    state.tab === 'tickets'
      ? `/tickets/${state.selected}/comments`
      : `/conversations/${state.selected}/messages`;
  const body = state.tab === 'tickets' ? { text } : { text, clientMessageId: crypto.randomUUID() };
  api('POST', path, body).then(
    () => {
      $('reply-text').value = '';
      refresh();
    },
    (error) => showError('detail-error', error),
  );
});

const saved = new URLSearchParams(location.search).get('token') ?? sessionStorage.getItem(TOKEN_KEY);
if (saved) signIn(saved);
else signOut();
