import { widgetStyles } from './widgetStyles';

type StyledRoot = ShadowRoot | Document;

/** Every root the widget renders in, with the CSP nonce for its `<style>` fallback. */
const roots = new Map<StyledRoot, string | undefined>();
/** The texts of every sheet so far, in order: the widget's own, then each lazily loaded one. */
const sheetTexts: string[] = [];
/** One constructed sheet per text, shared by every root. */
const constructedSheets = new Map<string, CSSStyleSheet>();

/** The sheet texts, the widget's own first (a module must not run anything at import). */
function knownSheetTexts(): string[] {
  if (!sheetTexts.length) sheetTexts.push(widgetStyles);
  return sheetTexts;
}

function canConstruct(root: StyledRoot): boolean {
  return (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  );
}

function applySheet(root: StyledRoot, text: string, nonce: string | undefined): void {
  if (canConstruct(root)) {
    let sheet = constructedSheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      constructedSheets.set(text, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const doc = root instanceof Document ? root : root.ownerDocument;
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = text;
  (root instanceof Document ? root.head : root).append(style);
}

/**
 * Applies the widget's styles to a shadow root (or a document) through constructable stylesheets, which a
 * strict Content-Security-Policy allows without `unsafe-inline`, and keeps the root to receive the styles
 * that arrive later with lazily loaded views ({@link addStyles}). Sheet objects are shared by every widget
 * instance. Where constructable stylesheets are missing, falls back to `<style>` elements carrying the
 * host's CSP `nonce`.
 * @returns a function that forgets the root (the widget was removed).
 * @internal
 */
export function adoptStyles(root: StyledRoot, nonce?: string): () => void {
  if (!roots.has(root)) {
    roots.set(root, nonce);
    for (const text of knownSheetTexts()) applySheet(root, text, nonce);
  }
  return () => {
    roots.delete(root);
  };
}

/**
 * Adds a sheet to every root the widget renders in, now and later: the styles of views that load on
 * demand. Adding the same text again does nothing.
 * @internal
 */
export function addStyles(text: string): void {
  const texts = knownSheetTexts();
  if (texts.includes(text)) return;
  texts.push(text);
  for (const [root, nonce] of roots) applySheet(root, text, nonce);
}
