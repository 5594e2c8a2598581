/** A secret as it may be shown or logged: its last four characters only. */
export function maskSecret(secret: string): string {
  return secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;
}

/**
 * A robot or webhook URL as it may be shown: its origin, and the rest (path and query, where the
 * access token or key lives) masked.
 */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const rest = `${parsed.pathname}${parsed.search}`;
    return rest === '/' ? parsed.origin : `${parsed.origin}/${maskSecret(rest)}`;
  } catch {
    return maskSecret(url);
  }
}

/** Removes every given secret from a text (an error message) before it is stored or logged. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret.length > 0)
    .reduce((out, secret) => out.split(secret).join(maskSecret(secret)), text);
}
