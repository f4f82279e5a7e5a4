import {
  count,
  displayText,
  fieldName,
  locale,
  name,
  safeUrl,
  timestamp,
} from '../backend/schemas/primitives';
import { array } from '../schema/array';
import { boolean } from '../schema/boolean';
import { integer } from '../schema/integer';
import { nullable } from '../schema/nullable';
import { object } from '../schema/object';
import { oneOf } from '../schema/oneOf';
import { optional } from '../schema/optional';
import { string } from '../schema/string';

// The runtime guard for `GET /v1/widget/config`. Its output type must equal the contract's `WidgetConfig`
// (widgetConfigSchema.test-d.ts fails the type-check when they drift). On top of the contract, it bounds
// the text the widget shows (`displayText`: 2,000 characters), so a hostile backend cannot flood the panel.

const openingHours = /* @__PURE__ */ object({
  day: integer(1, 7),
  opens: string(5, 5, /^([01]\d|2[0-3]):[0-5]\d$/),
  closes: string(5, 5, /^([01]\d|2[0-4]):[0-5]\d$/),
});

const availability = /* @__PURE__ */ object({
  timeZone: name,
  weekly: array(openingHours),
  isOpen: boolean,
  nextOpensAt: nullable(timestamp),
  expectedReplyMinutes: count,
});

const formField = /* @__PURE__ */ object({
  name: fieldName,
  label: displayText,
  type: oneOf('text|email|textarea|select'),
  required: boolean,
  options: optional(array(object({ value: name, label: displayText }))),
});

const trigger = /* @__PURE__ */ object({
  id: name,
  pagePattern: name,
  secondsOnPage: count,
  oncePerVisitor: boolean,
  message: displayText,
  articles: array(object({ id: name, title: displayText })),
});

/**
 * What `GET /v1/widget/config` must return: the contract's `WidgetConfig`. Unknown fields are dropped
 * (newer backends may send more); a missing or mistyped field makes the response invalid.
 * @internal
 */
export const widgetConfigSchema = /* @__PURE__ */ object({
  widgetKey: name,
  locale,
  availableLocales: array(locale),
  // A CSS colour we are willing to put into a custom property: hex only, so nothing can escape the declaration.
  brand: object({
    name,
    color: string(7, 4, /^#([0-9a-f]{3}){1,2}$/i),
    theme: optional(oneOf('light|dark|auto')),
  }),
  greeting: object({ title: displayText, message: displayText }),
  availability: nullable(availability),
  forms: object({ preChat: array(formField), offline: array(formField) }),
  limits: object({
    messageMaxLength: integer(1),
    attachmentMaxBytes: count,
    attachmentTypes: array(name),
    attachmentsPerMessage: count,
  }),
  identity: object({ verification: oneOf('optional|required') }),
  bot: nullable(object({ name, avatarUrl: nullable(safeUrl) })),
  triggers: array(trigger),
  capabilities: object({
    conversations: boolean,
    tickets: boolean,
    knowledgeBase: boolean,
    attachments: boolean,
    realtime: boolean,
    rating: boolean,
    identity: boolean,
  }),
});
