import Type, { type Static } from 'typebox';
import { Locale, Nullable, SafeUrl, Timestamp } from '../common/primitives';

// Upper bounds on what the widget shows, so that a client can refuse a config that would flood the panel.
/** A name, id, key or pattern: at most 200 characters. */
const ShortText = Type.String({ maxLength: 200 });
/** Text shown to the visitor in one place (a greeting, a label, a message): at most 2,000 characters. */
const DisplayText = Type.String({ maxLength: 2000 });

/** Which parts of the contract the backend implements; the widget hides what is `false`. */
export const Capabilities = Type.Object(
  {
    conversations: Type.Boolean({ description: 'Live conversations with support.' }),
    tickets: Type.Boolean({ description: 'The offline form, ticket lookup and ticket threads.' }),
    knowledgeBase: Type.Boolean({ description: 'Help-centre search and articles.' }),
    attachments: Type.Boolean({ description: 'File uploads in conversations and tickets.' }),
    realtime: Type.Boolean({
      description: '`GET /v1/events` (Server-Sent Events and its polling fallback).',
    }),
    rating: Type.Boolean({ description: 'Rating a resolved conversation.' }),
    identity: Type.Boolean({ description: '`POST /v1/session/identify`.' }),
  },
  { $id: 'Capabilities' },
);

/** Opening hours of one weekday, in the widget's time zone. */
export const OpeningHours = Type.Object(
  {
    day: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 is Monday, 7 is Sunday.' }),
    opens: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', examples: ['09:00'] }),
    closes: Type.String({ pattern: '^([01][0-9]|2[0-4]):[0-5][0-9]$', examples: ['17:30'] }),
  },
  { $id: 'OpeningHours' },
);

/**
 * When the team answers, whether it is open now, and how fast it replies. `isOpen` and `nextOpensAt` are
 * computed when the config is served, in the team's time zone (daylight saving time included).
 */
export const Availability = Type.Object(
  {
    timeZone: Type.String({
      maxLength: 200,
      description: 'IANA time zone of the opening hours.',
      examples: ['Europe/London'],
    }),
    weekly: Type.Array(OpeningHours, { description: 'Opening hours; a missing day is closed.' }),
    isOpen: Type.Boolean({ description: 'Whether the team is within its opening hours now.' }),
    nextOpensAt: Type.Union([Timestamp, Type.Null()], {
      description:
        'While closed, the next opening (UTC) within a week; `null` while open or when no day has hours.',
    }),
    expectedReplyMinutes: Type.Integer({ minimum: 0, description: 'Typical first reply time while open.' }),
  },
  { $id: 'Availability' },
);

/** A field of the pre-chat or offline form. */
export const FormField = Type.Object(
  {
    name: Type.String({
      pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,63}$',
      description: 'The key the answer is sent under (`fields` of the offline form).',
    }),
    label: Type.String({ maxLength: 2000, description: "In the config's locale." }),
    type: Type.Union([
      Type.Literal('text'),
      Type.Literal('email'),
      Type.Literal('textarea'),
      Type.Literal('select'),
    ]),
    required: Type.Boolean(),
    options: Type.Optional(Type.Array(Type.Object({ value: ShortText, label: DisplayText }))),
  },
  { $id: 'FormField' },
);

/** Limits the server enforces, so the UI can check before sending. */
export const Limits = Type.Object(
  {
    messageMaxLength: Type.Integer({ minimum: 1 }),
    attachmentMaxBytes: Type.Integer({ minimum: 0 }),
    attachmentTypes: Type.Array(ShortText, {
      description: 'Accepted media types; `image/*` style wildcards allowed.',
    }),
    attachmentsPerMessage: Type.Integer({ minimum: 0 }),
  },
  { $id: 'Limits' },
);

/** A short article reference, for suggestions attached to triggers and bot answers. */
export const ArticleLink = Type.Object({ id: ShortText, title: DisplayText }, { $id: 'ArticleLink' });

/** A proactive message: offered on matching pages after some time, before the visitor asks. */
export const Trigger = Type.Object(
  {
    id: ShortText,
    pagePattern: Type.String({
      maxLength: 200,
      description: 'Path glob matched against the page URL path, `*` matching any characters.',
      examples: ['/pricing*'],
    }),
    secondsOnPage: Type.Integer({ minimum: 0 }),
    oncePerVisitor: Type.Boolean(),
    message: Type.String({ maxLength: 2000, description: "In the config's locale." }),
    articles: Type.Array(ArticleLink, {
      description: "Articles offered with the message, titled in the config's locale.",
    }),
  },
  { $id: 'Trigger' },
);

/** Who answers first when a conversation starts, if not a person. */
export const BotProfile = Type.Object(
  { name: ShortText, avatarUrl: Nullable(SafeUrl) },
  { $id: 'BotProfile' },
);

/** The public configuration of one widget, from `GET /v1/widget/config`. */
export const WidgetConfig = Type.Object(
  {
    widgetKey: ShortText,
    locale: Locale,
    availableLocales: Type.Array(Locale),
    brand: Type.Object({
      name: ShortText,
      color: Type.String({ pattern: '^#([0-9a-fA-F]{3}){1,2}$' }),
      theme: Type.Optional(
        Type.Union([Type.Literal('light'), Type.Literal('dark'), Type.Literal('auto')], {
          description:
            "The widget's colour scheme; `auto` follows the visitor's system. Absent means `auto`.",
        }),
      ),
    }),
    greeting: Type.Object({ title: DisplayText, message: DisplayText }),
    availability: Nullable(Availability),
    forms: Type.Object({
      preChat: Type.Array(FormField, { description: 'Asked before a first conversation; may be empty.' }),
      offline: Type.Array(FormField, { description: 'Extra fields of the offline (ticket) form.' }),
    }),
    limits: Limits,
    identity: Type.Object({
      verification: Type.Union([Type.Literal('optional'), Type.Literal('required')], {
        description: '`required`: identify calls without a valid hash or JWT are refused.',
      }),
    }),
    bot: Nullable(BotProfile),
    triggers: Type.Array(Trigger),
    capabilities: Capabilities,
  },
  { $id: 'WidgetConfig' },
);

export type Capabilities = Static<typeof Capabilities>;
export type OpeningHours = Static<typeof OpeningHours>;
export type Availability = Static<typeof Availability>;
export type FormField = Static<typeof FormField>;
export type Limits = Static<typeof Limits>;
export type ArticleLink = Static<typeof ArticleLink>;
export type Trigger = Static<typeof Trigger>;
export type BotProfile = Static<typeof BotProfile>;
export type WidgetConfig = Static<typeof WidgetConfig>;
