/** The part of the Trusted Types API the loader uses (not in TypeScript's DOM types yet). */
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): {
      createScriptURL(url: string): unknown;
    };
  };
}

/**
 * Adds the full widget bundle, an ES module, to the page. Where the browser has Trusted Types, the
 * URL goes through a policy named `parley`, so a page that requires Trusted Types for scripts
 * (`require-trusted-types-for 'script'; trusted-types parley`) loads it. The policy is never exposed: only
 * this function passes a URL through it.
 * Modules load with CORS: a CDN on another origin must send `Access-Control-Allow-Origin`. The nonce
 * covers the chunks it imports too.
 *
 * @param url - The bundle's absolute URL.
 * @param nonce - The page's CSP nonce, if it uses one.
 * @param onError - Called when the script cannot be added or fails to load (after a `[parley]` console error).
 * @internal
 */
export function addBundleScript(url: string, nonce: string | undefined, onError: () => void): void {
  const script = document.createElement('script');
  const fail = () => {
    console.error('[parley] could not load', url);
    onError();
  };
  script.type = 'module';
  if (nonce) script.nonce = nonce;
  try {
    // A policy of our own, kept here: nothing else can pass a URL through it. Without Trusted Types, the URL.
    script.src = ((window as TrustedTypesWindow).trustedTypes
      ?.createPolicy('parley', { createScriptURL: String })
      .createScriptURL(url) ?? url) as string;
  } catch {
    // The page requires Trusted Types and its CSP does not allow the policy (trusted-types parley).
    fail();
    return;
  }
  script.onerror = fail;
  document.head.append(script);
}
