import * as v from 'valibot';

const MAX_TEXT = 2000;

/** A CSS colour we are willing to put into a custom property: hex only, so nothing can escape the declaration. */
const hexColour = v.pipe(
  v.string(),
  v.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'must be a hex colour such as #3b5bdb'),
);
const shortText = v.pipe(v.string(), v.maxLength(MAX_TEXT));

/**
 * What `GET /v1/widget/config` must return. Unknown fields are dropped (newer backends may send more);
 * missing or mistyped fields the widget relies on make the response invalid.
 * @internal
 */
export const widgetConfigSchema = v.object({
  widgetKey: v.pipe(v.string(), v.maxLength(200)),
  locale: v.pipe(v.string(), v.maxLength(35)),
  brand: v.object({
    name: v.pipe(v.string(), v.maxLength(200)),
    color: hexColour,
  }),
  greeting: v.object({
    title: shortText,
    message: shortText,
  }),
  capabilities: v.object({
    conversations: v.boolean(),
    tickets: v.boolean(),
    knowledgeBase: v.boolean(),
    attachments: v.boolean(),
  }),
});
