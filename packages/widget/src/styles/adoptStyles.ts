import { widgetStyles } from './widgetStyles';

let sharedSheet: CSSStyleSheet | undefined;

/**
 * Applies the widget's styles to a shadow root (or a document) through a constructable stylesheet,
 * which a strict Content-Security-Policy allows without `unsafe-inline`. One sheet object is shared
 * by every widget instance. Where constructable stylesheets are missing, falls back to a `<style>`
 * element carrying the host's CSP `nonce`.
 * @internal
 */
export function adoptStyles(root: ShadowRoot | Document, nonce?: string): void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(widgetStyles);
    }
    if (!root.adoptedStyleSheets.includes(sharedSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sharedSheet];
    }
    return;
  }
  const doc = root instanceof Document ? root : root.ownerDocument;
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = widgetStyles;
  (root instanceof Document ? root.head : root).append(style);
}
