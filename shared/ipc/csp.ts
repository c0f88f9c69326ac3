/**
 * The one Content-Security-Policy of the app. The desktop shell sends it as a response header
 * (electron/security.ts) and the renderer's index.html carries it as a <meta> tag, so both must
 * come from here. No remote origin anywhere and no 'unsafe-eval': the journal never leaves the
 * machine and no string ever becomes code. 'unsafe-inline' is allowed for styles only, because
 * React and recharts set style attributes. 'wasm-unsafe-eval' lets the page compile WebAssembly
 * (and only WebAssembly: JavaScript eval stays refused): the Argon2id key derivation of the
 * passphrase lock runs as the hash-wasm module bundled with the app, never fetched.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

type Directive = keyof typeof CSP_DIRECTIVES;

function serialize(names: readonly Directive[]): string {
  return names.map((name) => `${name} ${CSP_DIRECTIVES[name].join(' ')}`).join('; ');
}

const ALL = Object.keys(CSP_DIRECTIVES) as Directive[];

/**
 * The header value, e.g. "default-src 'self'; script-src 'self'; … frame-ancestors 'none'".
 */
export const CONTENT_SECURITY_POLICY = serialize(ALL);

/**
 * The same policy for a <meta http-equiv="Content-Security-Policy"> tag. Browsers ignore
 * frame-ancestors in a meta tag and log a warning for it, so it is left out here; the header
 * still carries it.
 */
export const CONTENT_SECURITY_POLICY_META = serialize(ALL.filter((name) => name !== 'frame-ancestors'));
