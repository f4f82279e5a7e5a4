import type { LocalizedText, Widget, WidgetFormField } from './Widget';

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** @internal The longest widget key the API accepts; the SDK enforces the same limit. */
export const MAX_WIDGET_KEY_LENGTH = 200;
/** @internal The contract's longest message text (`SendMessageRequest.text`). */
export const CONTRACT_MESSAGE_MAX_LENGTH = 10_000;
/** @internal The contract's most attachments per message (`AttachmentIds`). */
export const CONTRACT_ATTACHMENTS_PER_MESSAGE = 10;
/** @internal The shortest identity secret a widget may have. */
export const MIN_SECRET_LENGTH = 16;
const MAX_NAME = 200;
const MAX_TEXT = 2000;
const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
const FIELD_TYPES = new Set(['text', 'email', 'textarea', 'select']);
const OPENS = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const CLOSES = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/i;

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && url.length <= 2048;
  } catch {
    return false;
  }
}

function isCount(value: number, min: number, max = Number.MAX_SAFE_INTEGER): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Checks a widget before a store writes it, so that every store refuses the same bad data and the SDK
 * (which validates `GET /v1/widget/config`) never receives a config it must reject.
 * @throws TypeError naming the widget and the first problem found.
 * @internal
 */
export function validateWidget(widget: Widget): void {
  const fail = (problem: string): never => {
    throw new TypeError(`[parley] Widget "${widget.key}": ${problem}.`);
  };
  if (widget.key.length === 0 || widget.key.length > MAX_WIDGET_KEY_LENGTH) {
    fail(`the key must have 1 to ${MAX_WIDGET_KEY_LENGTH} characters`);
  }
  if (widget.brand.name.length > MAX_NAME) fail(`brand.name must have at most ${MAX_NAME} characters`);
  if (!HEX_COLOUR.test(widget.brand.color)) fail('brand.color must be a hex colour such as #3b5bdb');
  const seen = new Set<string>();
  for (const { locale, greeting } of widget.translations) {
    if (!isLocale(locale)) fail(`"${locale}" is not a BCP 47 language tag`);
    if (seen.has(locale.toLowerCase())) fail(`two translations for "${locale}"`);
    seen.add(locale.toLowerCase());
    if (greeting.title.length > MAX_TEXT || greeting.message.length > MAX_TEXT) {
      fail(`the "${locale}" greeting must have at most ${MAX_TEXT} characters per field`);
    }
  }
  if (!seen.has(widget.defaultLocale.toLowerCase())) {
    fail(`the default locale "${widget.defaultLocale}" has no translation`);
  }

  const localized = (text: LocalizedText, where: string, max = MAX_TEXT): void => {
    const entries = Object.entries(text);
    if (entries.length === 0) fail(`${where} needs a text in at least one locale`);
    for (const [locale, value] of entries) {
      if (!isLocale(locale)) fail(`${where}: "${locale}" is not a BCP 47 language tag`);
      if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
        fail(`${where} in "${locale}" must have 1 to ${max} characters`);
      }
    }
  };

  if (widget.secret !== undefined && widget.secret.length < MIN_SECRET_LENGTH) {
    fail(`the identity secret must have at least ${MIN_SECRET_LENGTH} characters`);
  }
  const verification = widget.identityVerification ?? 'optional';
  if (verification !== 'optional' && verification !== 'required') {
    fail('identityVerification must be "optional" or "required"');
  }
  if (verification === 'required' && widget.secret === undefined) {
    fail('identityVerification "required" needs a secret');
  }

  if (widget.bot !== undefined && widget.bot !== null) {
    const { name, avatarUrl } = widget.bot;
    if (name.trim() === '' || name.length > MAX_NAME) fail(`bot.name must have 1 to ${MAX_NAME} characters`);
    if (avatarUrl !== null && !isWebUrl(avatarUrl)) fail('bot.avatarUrl must be an http(s) URL or null');
  }

  const checkForm = (fields: readonly WidgetFormField[], form: string): void => {
    const names = new Set<string>();
    for (const field of fields) {
      const where = `forms.${form} field "${field.name}"`;
      if (!FIELD_NAME.test(field.name)) fail(`${where}: the name must match ${FIELD_NAME.source}`);
      if (names.has(field.name)) fail(`${where} appears twice`);
      names.add(field.name);
      if (!FIELD_TYPES.has(field.type)) fail(`${where}: unknown type "${field.type}"`);
      localized(field.label, `${where} label`, MAX_NAME);
      if (field.type === 'select') {
        if (field.options === undefined || field.options.length === 0) fail(`${where} needs options`);
        const values = new Set<string>();
        for (const option of field.options ?? []) {
          if (option.value === '' || values.has(option.value)) {
            fail(`${where}: option values must be unique and not empty`);
          }
          values.add(option.value);
          localized(option.label, `${where} option "${option.value}"`, MAX_NAME);
        }
      } else if (field.options !== undefined) {
        fail(`${where}: only select fields have options`);
      }
    }
  };
  checkForm(widget.forms?.preChat ?? [], 'preChat');
  checkForm(widget.forms?.offline ?? [], 'offline');

  const limits = widget.limits ?? {};
  if (
    limits.messageMaxLength !== undefined &&
    !isCount(limits.messageMaxLength, 1, CONTRACT_MESSAGE_MAX_LENGTH)
  ) {
    fail(`limits.messageMaxLength must be an integer from 1 to ${CONTRACT_MESSAGE_MAX_LENGTH}`);
  }
  if (limits.attachmentMaxBytes !== undefined && !isCount(limits.attachmentMaxBytes, 0)) {
    fail('limits.attachmentMaxBytes must be a whole number of bytes');
  }
  if (
    limits.attachmentsPerMessage !== undefined &&
    !isCount(limits.attachmentsPerMessage, 0, CONTRACT_ATTACHMENTS_PER_MESSAGE)
  ) {
    fail(`limits.attachmentsPerMessage must be an integer from 0 to ${CONTRACT_ATTACHMENTS_PER_MESSAGE}`);
  }
  for (const type of limits.attachmentTypes ?? []) {
    if (!MEDIA_TYPE.test(type)) fail(`limits.attachmentTypes: "${type}" is not a media type`);
  }

  if (widget.businessHours !== undefined) {
    const { timeZone, weekly, expectedReplyMinutes } = widget.businessHours;
    if (!isTimeZone(timeZone)) fail(`businessHours.timeZone "${timeZone}" is not an IANA time zone`);
    if (!isCount(expectedReplyMinutes, 0)) fail('businessHours.expectedReplyMinutes must be a whole number');
    for (const { day, opens, closes } of weekly) {
      const where = `businessHours day ${day} ${opens}-${closes}`;
      if (!isCount(day, 1, 7)) fail(`${where}: the day must be an ISO weekday from 1 (Monday) to 7`);
      if (!OPENS.test(opens) || !CLOSES.test(closes)) fail(`${where}: times must be HH:MM (24:00 to close)`);
      if (minutes(opens) >= minutes(closes)) fail(`${where}: it must close after it opens`);
      const overlaps = weekly.some(
        (other) =>
          other.day === day &&
          (other.opens !== opens || other.closes !== closes) &&
          minutes(other.opens) < minutes(closes) &&
          minutes(opens) < minutes(other.closes),
      );
      const twice = weekly.filter((o) => o.day === day && o.opens === opens && o.closes === closes).length;
      if (overlaps || twice > 1) fail(`${where} overlaps another entry of the same day`);
    }
  }

  const triggerIds = new Set<string>();
  for (const trigger of widget.triggers ?? []) {
    const where = `trigger "${trigger.id}"`;
    if (trigger.id === '' || trigger.id.length > 100) fail(`${where}: the id must have 1 to 100 characters`);
    if (triggerIds.has(trigger.id)) fail(`${where} appears twice`);
    triggerIds.add(trigger.id);
    if (trigger.pagePattern === '' || trigger.pagePattern.length > 500) {
      fail(`${where}: pagePattern must have 1 to 500 characters`);
    }
    if (!isCount(trigger.secondsOnPage, 0)) fail(`${where}: secondsOnPage must be a whole number`);
    localized(trigger.message, `${where} message`);
    if (trigger.articleIds.length > 10 || trigger.articleIds.some((id) => id === '' || id.length > 100)) {
      fail(`${where}: at most 10 article ids of 1 to 100 characters`);
    }
  }
}
