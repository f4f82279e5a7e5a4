import { Contact, WidgetConfig } from '@parley/contract';
import type { ClientScenario } from '../../client/ClientScenario';
import { hmacHex } from '../support/signing';

/** The widget config, the lazy session, identify, update and logout, through the client. @internal */
export const clientSessionScenarios: readonly ClientScenario[] = [
  {
    id: 'client.config',
    title: 'The client loads the widget config: a WidgetConfig whose capabilities are all booleans',
    uses: ['config'],
    async run(ctx) {
      const client = ctx.client();
      const config = ctx.expectSchema(WidgetConfig, await client.config(), 'The config the client loaded');
      const odd = Object.entries(config.capabilities).filter(([, value]) => typeof value !== 'boolean');
      ctx.check(odd.length === 0, 'Every capability must be true or false.', {
        actual: odd.map(([name, value]) => `${name}: ${JSON.stringify(value)}`).join(', '),
      });
    },
  },
  {
    id: 'client.sessionLazy',
    title: 'No session starts until one is needed; then the visitor store becomes ready with a visitor',
    requires: 'conversations',
    uses: ['config', 'session.visitor', 'conversations.list'],
    async run(ctx) {
      const client = ctx.client();
      const visitor = ctx.watch(client.session.visitor);
      await client.config();
      ctx.check(
        visitor.history.every((snapshot) => snapshot.status === 'none'),
        'A session started although nothing needed one yet (loading the config does not).',
        { actual: visitor.history.map((snapshot) => snapshot.status).join(' → ') },
      );
      const list = ctx.watch(client.conversations.list);
      const ready = await visitor.until(
        (snapshot) => snapshot.status !== 'none' && snapshot.status !== 'starting',
        'the visitor to be ready',
      );
      ctx.check(ready.status === 'ready', 'The session could not be started.', {
        actual: ready.error?.message ?? ready.status,
      });
      const contact = ctx.expectSchema(Contact, ready.contact, 'The visitor contact');
      ctx.check(contact.kind === 'visitor', 'A new session must be an anonymous visitor.', {
        actual: contact.kind,
      });
      const listed = await list.until(
        (snapshot) => snapshot.status === 'ready' || snapshot.status === 'error',
        'the conversation list to load',
      );
      ctx.check(listed.status === 'ready', 'The conversation list did not load.', {
        actual: listed.error?.message ?? listed.status,
      });
      ctx.check(listed.conversations.length === 0, 'A new visitor already has conversations.', {
        actual: listed.conversations.map((conversation) => conversation.id).join(', '),
      });
    },
  },
  {
    id: 'client.identifyVerified',
    title: 'identify() with a verified hash makes the visitor a user, and update() stores their details',
    requires: ['identity', 'identitySecret'],
    uses: ['session.identify', 'session.update', 'session.visitor'],
    async run(ctx) {
      const client = ctx.client();
      const userId = ctx.unique('user');
      const hash = await hmacHex(ctx.target.identitySecret ?? '', userId);
      const contact = ctx.expectSchema(
        Contact,
        await client.session.identify({
          userId,
          email: `${userId.toLowerCase()}@example.com`,
          name: 'Grace',
          hash,
        }),
        'The identified contact',
      );
      ctx.check(
        contact.kind === 'user' && contact.userId === userId,
        'The hash did not make a verified user.',
        {
          expected: `kind user, userId ${userId}`,
          actual: `kind ${contact.kind}, userId ${contact.userId}`,
        },
      );
      const visitor = client.session.visitor.getSnapshot();
      ctx.check(
        visitor.status === 'ready' && visitor.contact?.id === contact.id,
        'The visitor store does not show the identified user.',
        { actual: `${visitor.status}, contact ${visitor.contact?.id} (${visitor.contact?.kind})` },
      );
      const updated = ctx.expectSchema(
        Contact,
        await client.session.update({ name: 'Grace Hopper', plan: 'pro' }),
        'The updated contact',
      );
      ctx.check(
        updated.id === contact.id && updated.name === 'Grace Hopper' && updated.attributes.plan === 'pro',
        'update() did not store the name and the attribute on the same contact.',
        {
          expected: `${contact.id}, name Grace Hopper, plan pro`,
          actual: `${updated.id}, name ${updated.name}, plan ${String(updated.attributes.plan)}`,
        },
      );
    },
  },
  {
    id: 'client.identifyHistory',
    title: "A visitor's conversation follows them once identified, onto another device of the same user",
    requires: ['conversations', 'identity', 'identitySecret'],
    uses: ['conversations.create', 'session.identify', 'conversations.list'],
    async run(ctx) {
      const userId = ctx.unique('user');
      const hash = await hmacHex(ctx.target.identitySecret ?? '', userId);
      const laptop = ctx.client();
      const conversation = await laptop.conversations.create({ text: 'I started as an anonymous visitor.' });
      await laptop.session.identify({ userId, hash });
      const phone = ctx.client();
      await phone.session.identify({ userId, hash });
      const list = await ctx
        .watch(phone.conversations.list)
        .until(
          (snapshot) => snapshot.status === 'ready' || snapshot.status === 'error',
          'the list on the other device',
        );
      ctx.check(
        list.conversations.some((item) => item.id === conversation.id),
        "The user's conversation from the first device is missing on the second.",
        {
          expected: conversation.id,
          actual: list.conversations.map((item) => item.id).join(', ') || list.status,
        },
      );
    },
  },
  {
    id: 'client.logout',
    title:
      "logout() forgets the visitor: the store is cleared, a reload starts another visitor who sees none of the first's conversations",
    requires: 'conversations',
    uses: ['session.logout', 'session.visitor', 'conversations.create', 'conversations.list'],
    async run(ctx) {
      const storage = ctx.storage();
      const client = ctx.client({ storage });
      const conversation = await client.conversations.create({ text: 'Please forget me after this.' });
      const first = client.session.visitor.getSnapshot().contact;
      if (first === null)
        return ctx.fail('The visitor store has no contact after a conversation was created.');
      await client.session.logout();
      const after = client.session.visitor.getSnapshot();
      ctx.check(
        after.status === 'none' && after.contact === null,
        'The visitor store still holds a person after logout.',
        {
          actual: `${after.status}, contact ${after.contact?.id}`,
        },
      );
      const reloaded = ctx.client({ storage });
      const list = await ctx
        .watch(reloaded.conversations.list)
        .until(
          (snapshot) => snapshot.status === 'ready' || snapshot.status === 'error',
          'the list after a reload',
        );
      const next = reloaded.session.visitor.getSnapshot().contact;
      ctx.check(next !== null && next.id !== first.id, 'After logout, a reload resumed the same visitor.', {
        expected: `another contact than ${first.id}`,
        actual: next?.id ?? 'no contact',
      });
      ctx.check(
        list.status === 'ready' && !list.conversations.some((item) => item.id === conversation.id),
        "The new visitor sees the logged-out visitor's conversation.",
        { actual: list.conversations.map((item) => item.id).join(', ') || list.status },
      );
    },
  },
];
