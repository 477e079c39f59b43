/**
 * Passwords seen while parsing database URLs, so that the CLI can blank
 * them out of anything it prints, including driver messages we do not
 * control. A last line of defence: messages are written not to contain
 * them in the first place.
 */
const secrets = new Set<string>();

export function registerSecret(secret: string | null | undefined): void {
  if (secret && secret.length >= 3) {
    secrets.add(secret);
    secrets.add(encodeURIComponent(secret));
  }
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("***");
  return out;
}

/** Registers the password of a URL-like string, even one too malformed to parse. */
export function registerUrlSecrets(url: string | null | undefined): void {
  if (!url) return;
  const userinfo = /^[A-Za-z][\w+.-]*:\/\/([^/?#]*)@/.exec(url)?.[1];
  const colon = userinfo?.indexOf(":") ?? -1;
  if (userinfo && colon >= 0) {
    const raw = userinfo.slice(colon + 1);
    registerSecret(raw);
    try { registerSecret(decodeURIComponent(raw)); } catch { /* not percent-encoded */ }
  }
  for (const match of url.matchAll(/[?&][^=&]*(?:pass|pwd|secret|token)[^=&]*=([^&#]*)/gi)) registerSecret(match[1]);
}
