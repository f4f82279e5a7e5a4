import { Contact, ConversationPage, Session } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';
import { startConversation } from './support/conversations';
import { hmacHex, signJwt, unsignedJwt } from './support/signing';

async function identify(ctx: ScenarioContext, token: string, body: Readonly<Record<string, unknown>>) {
  return ctx.request('POST', '/v1/session/identify', { token, body });
}

function conversationsOn(ctx: ScenarioContext): boolean {
  return ctx.config?.capabilities.conversations !== false;
}

/** Sessions, resume, identity, logout. @internal */
export const sessionScenarios: readonly Scenario[] = [
  {
    id: 'session.create',
    area: 'session',
    title: 'POST /v1/session starts an anonymous visitor session for the widget',
    covers: ['POST /v1/session'],
    async run(ctx) {
      const session = await ctx.session();
      ctx.check(session.widgetKey === ctx.target.widgetKey, 'The session is for another widget.', {
        actual: session.widgetKey,
      });
      ctx.check(session.contact.kind === 'visitor', 'A new session must be an anonymous visitor.', {
        actual: session.contact.kind,
      });
      ctx.check(Date.parse(session.expiresAt) > Date.now(), 'The session has already expired.', {
        actual: session.expiresAt,
      });
      ctx.check(session.token !== session.resumeToken, 'The token and the resume token must differ.');
      const other = await ctx.session();
      ctx.check(other.contact.id !== session.contact.id, 'Two new sessions share a contact.');
      const unknown = await ctx.request('POST', '/v1/session', {
        body: { widgetKey: ctx.unique('wk_missing') },
      });
      ctx.expectProblem(unknown, 404, 'widget_not_found');
    },
  },
  {
    id: 'session.resume',
    area: 'session',
    title: 'The resume token starts a new session for the same contact, with the same history',
    covers: ['POST /v1/session', 'POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      const first = await ctx.session();
      const created = conversationsOn(ctx) ? await startConversation(ctx, first.token) : undefined;
      const resumed = await ctx.session({ resumeToken: first.resumeToken });
      ctx.check(resumed.contact.id === first.contact.id, 'Resuming gave another contact.', {
        expected: first.contact.id,
        actual: resumed.contact.id,
      });
      ctx.check(resumed.token !== first.token, 'Resuming must issue a new session token.');
      if (created !== undefined) {
        const list = ctx.expectJson(
          await ctx.request('GET', '/v1/conversations', { token: resumed.token }),
          200,
          ConversationPage,
        );
        ctx.check(
          list.data.some((item) => item.id === created.conversation.id),
          'The resumed session does not see the conversation of the first one.',
        );
      }
      const stale = await ctx.session({ resumeToken: `${first.resumeToken}x` });
      ctx.check(stale.contact.id !== first.contact.id, 'A wrong resume token resumed the contact.');
    },
  },
  {
    id: 'session.unauthorized',
    area: 'session',
    title: 'Without a token, or with an unknown one, session calls are 401 unauthorized',
    covers: ['DELETE /v1/session', 'PATCH /v1/session/contact'],
    async run(ctx) {
      ctx.expectProblem(await ctx.request('DELETE', '/v1/session'), 401, 'unauthorized');
      const forged = await ctx.request('PATCH', '/v1/session/contact', {
        token: 'not-a-real-token',
        body: { name: 'Mallory' },
      });
      ctx.expectProblem(forged, 401, 'unauthorized');
    },
  },
  {
    id: 'session.updateContact',
    area: 'session',
    title: 'PATCH /v1/session/contact stores the name, email and attributes the visitor gives',
    covers: ['PATCH /v1/session/contact'],
    async run(ctx) {
      const session = await ctx.session();
      const result = await ctx.request('PATCH', '/v1/session/contact', {
        token: session.token,
        body: { name: 'Ada Lovelace', email: 'ada@example.com', attributes: { plan: 'plus', seats: 3 } },
      });
      const contact = ctx.expectJson(result, 200, Contact);
      ctx.check(
        contact.name === 'Ada Lovelace' &&
          contact.email === 'ada@example.com' &&
          contact.attributes.plan === 'plus',
        'The contact does not hold what was sent.',
        { actual: JSON.stringify(contact) },
      );
      ctx.check(contact.kind === 'visitor', 'Telling a name must not make the visitor a user.');
      const invalid = await ctx.request('PATCH', '/v1/session/contact', {
        token: session.token,
        body: { email: 'not an email' },
      });
      ctx.expectProblem(invalid, 422, 'validation_failed');
    },
  },
  {
    id: 'session.logout',
    area: 'session',
    title: 'DELETE /v1/session ends the session (401 session_expired after) and forgets its resume token',
    covers: ['DELETE /v1/session', 'PATCH /v1/session/contact', 'POST /v1/session'],
    async run(ctx) {
      const session = await ctx.session();
      ctx.expectStatus(await ctx.request('DELETE', '/v1/session', { token: session.token }), 204);
      const after = await ctx.request('PATCH', '/v1/session/contact', {
        token: session.token,
        body: { name: 'Ada' },
      });
      ctx.expectProblem(after, 401, 'session_expired');
      const resumed = await ctx.session({ resumeToken: session.resumeToken });
      ctx.check(resumed.contact.id !== session.contact.id, 'The resume token still works after logout.', {
        expected: 'a new contact',
        actual: resumed.contact.id,
      });
    },
  },
  {
    id: 'session.identifyUnverified',
    area: 'session',
    title: 'Identify without a hash labels the visitor only (or is 403 when verification is required)',
    requires: 'identity',
    covers: ['POST /v1/session/identify'],
    async run(ctx) {
      const session = await ctx.session();
      const result = await identify(ctx, session.token, {
        userId: ctx.unique('user'),
        email: 'grace@example.com',
        name: 'Grace Hopper',
      });
      if (ctx.config?.identity.verification === 'required') {
        ctx.expectProblem(result, 403, 'identity_verification_required');
        return;
      }
      const identified = ctx.expectJson(result, 200, Session);
      ctx.check(identified.contact.kind === 'visitor', 'An unverified identify must not make a user.', {
        actual: identified.contact.kind,
      });
      ctx.check(identified.contact.id === session.contact.id, 'An unverified identify changed the contact.');
      ctx.check(identified.contact.userId === null, 'An unverified identify stored the user id.', {
        expected: 'userId null',
        actual: `userId ${identified.contact.userId}`,
      });
      ctx.check(
        identified.contact.name === 'Grace Hopper',
        'An unverified identify did not store the name.',
        {
          actual: String(identified.contact.name),
        },
      );
    },
  },
  {
    id: 'session.identifyWrongSignature',
    area: 'session',
    title: 'A wrong hash, an unsigned JWT or a JWT for another user is 401 identity_verification_failed',
    requires: 'identity',
    covers: ['POST /v1/session/identify'],
    async run(ctx) {
      const session = await ctx.session();
      const userId = ctx.unique('user');
      const wrongHash = await identify(ctx, session.token, { userId, hash: '0'.repeat(64) });
      ctx.expectProblem(wrongHash, 401, 'identity_verification_failed');
      const exp = Math.floor(Date.now() / 1000) + 600;
      const unsigned = await identify(ctx, session.token, { userId, jwt: unsignedJwt({ sub: userId, exp }) });
      ctx.expectProblem(unsigned, 401, 'identity_verification_failed');
      const forged = await identify(ctx, session.token, {
        userId,
        jwt: await signJwt({ sub: userId, exp }, 'not-the-widget-secret'),
      });
      ctx.expectProblem(forged, 401, 'identity_verification_failed');
      const both = await identify(ctx, session.token, {
        userId,
        hash: '0'.repeat(64),
        jwt: unsignedJwt({ sub: userId, exp }),
      });
      ctx.expectProblem(both, 422, 'validation_failed');
    },
  },
  {
    id: 'session.identifyVerified',
    area: 'session',
    title: 'A verified identify (hash or JWT) makes a user whose history follows them to another device',
    requires: ['identity', 'identitySecret'],
    covers: ['POST /v1/session/identify', 'POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      const secret = ctx.target.identitySecret ?? '';
      const userId = ctx.unique('user');
      const laptop = await ctx.session();
      const created = conversationsOn(ctx) ? await startConversation(ctx, laptop.token) : undefined;
      const hash = await hmacHex(secret, userId);
      const result = await identify(ctx, laptop.token, { userId, email: 'grace@example.com', hash });
      const identified = ctx.expectJson(result, 200, Session);
      ctx.check(
        identified.contact.kind === 'user' && identified.contact.userId === userId,
        'The hash did not verify.',
        {
          expected: `kind user, userId ${userId}`,
          actual: `kind ${identified.contact.kind}, userId ${identified.contact.userId}`,
        },
      );
      if (ctx.config?.identity.verification !== 'required') {
        const claim = await identify(ctx, laptop.token, { userId: ctx.unique('other_user') });
        ctx.expectProblem(claim, 409, 'conflict');
      }
      const expired = await signJwt({ sub: userId, exp: Math.floor(Date.now() / 1000) - 3600 }, secret);
      ctx.expectProblem(
        await identify(ctx, laptop.token, { userId, jwt: expired }),
        401,
        'identity_verification_failed',
      );
      const phone = await ctx.session();
      const jwt = await signJwt({ sub: userId, exp: Math.floor(Date.now() / 1000) + 600 }, secret);
      const second = ctx.expectJson(await identify(ctx, phone.token, { userId, jwt }), 200, Session);
      ctx.check(
        second.contact.id === identified.contact.id,
        'The same user on another device got another contact.',
        {
          expected: identified.contact.id,
          actual: second.contact.id,
        },
      );
      if (created !== undefined) {
        const list = ctx.expectJson(
          await ctx.request('GET', '/v1/conversations', { token: phone.token }),
          200,
          ConversationPage,
        );
        ctx.check(
          list.data.some((item) => item.id === created.conversation.id),
          "The user's conversation from the first device is missing on the second.",
        );
      }
    },
  },
  {
    id: 'session.unverifiedNoHistory',
    area: 'session',
    title: "An unverified identify with a user's id never reveals that user's history",
    requires: ['identity', 'identitySecret', 'conversations'],
    covers: ['POST /v1/session/identify', 'POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      if (ctx.config?.identity.verification === 'required')
        return ctx.skip('the widget requires verified identities');
      const userId = ctx.unique('user');
      const owner = await ctx.session();
      const hash = await hmacHex(ctx.target.identitySecret ?? '', userId);
      ctx.expectStatus(await identify(ctx, owner.token, { userId, hash }), 200);
      const { conversation } = await startConversation(ctx, owner.token);
      const intruder = await ctx.session();
      ctx.expectStatus(await identify(ctx, intruder.token, { userId }), 200);
      const list = ctx.expectJson(
        await ctx.request('GET', '/v1/conversations', { token: intruder.token }),
        200,
        ConversationPage,
      );
      ctx.check(
        !list.data.some((item) => item.id === conversation.id),
        "Claiming a user id without a hash revealed that user's conversations.",
      );
    },
  },
];
