import * as v from 'valibot';
import { bounded, count, locale, name, safeUrl, timestamp } from '../backend/schemas/primitives';

// The runtime guard for `GET /v1/widget/config`. Its output type must equal the contract's `WidgetConfig`
// (widgetConfigSchema.test-d.ts fails the type-check when they drift). On top of the contract, it bounds
// the text the widget shows, so a hostile backend cannot flood the panel.

/** Longest text we show in one place (greeting, label, trigger message). */
const text = bounded(2000);
/** A CSS colour we are willing to put into a custom property: hex only, so nothing can escape the declaration. */
const hexColour = v.pipe(
  v.string(),
  v.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'must be a hex colour such as #3b5bdb'),
);

const openingHours = v.object({
  day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  opens: v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 09:00')),
  closes: v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-4]):[0-5]\d$/, 'must be a time such as 17:30')),
});

const availability = v.object({
  timeZone: name,
  weekly: v.array(openingHours),
  isOpen: v.boolean(),
  nextOpensAt: v.nullable(timestamp),
  expectedReplyMinutes: count,
});

const formField = v.object({
  name: v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'must be a field name such as plan')),
  label: text,
  type: v.picklist(['text', 'email', 'textarea', 'select']),
  required: v.boolean(),
  options: v.exactOptional(v.array(v.object({ value: name, label: text }))),
});

const articleLink = v.object({ id: name, title: text });

const trigger = v.object({
  id: name,
  pagePattern: name,
  secondsOnPage: count,
  oncePerVisitor: v.boolean(),
  message: text,
  articles: v.array(articleLink),
});

/**
 * What `GET /v1/widget/config` must return: the contract's `WidgetConfig`. Unknown fields are dropped
 * (newer backends may send more); a missing or mistyped field makes the response invalid.
 * @internal
 */
export const widgetConfigSchema = v.object({
  widgetKey: name,
  locale,
  availableLocales: v.array(locale),
  brand: v.object({ name, color: hexColour }),
  greeting: v.object({ title: text, message: text }),
  availability: v.nullable(availability),
  forms: v.object({ preChat: v.array(formField), offline: v.array(formField) }),
  limits: v.object({
    messageMaxLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
    attachmentMaxBytes: count,
    attachmentTypes: v.array(name),
    attachmentsPerMessage: count,
  }),
  identity: v.object({ verification: v.picklist(['optional', 'required']) }),
  bot: v.nullable(v.object({ name, avatarUrl: v.nullable(safeUrl) })),
  triggers: v.array(trigger),
  capabilities: v.object({
    conversations: v.boolean(),
    tickets: v.boolean(),
    knowledgeBase: v.boolean(),
    attachments: v.boolean(),
    realtime: v.boolean(),
    rating: v.boolean(),
    identity: v.boolean(),
  }),
});
