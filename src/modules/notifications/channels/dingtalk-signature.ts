import { createHmac } from 'node:crypto';

/**
 * The signature a 钉钉 robot with 加签 expects: base64 of HMAC-SHA256 over
 * "timestamp\nsecret" keyed with the secret, passed URL-encoded as `sign` beside `timestamp`
 * (milliseconds since the epoch).
 */
export function dingtalkSignature(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The robot's URL with `timestamp` and `sign` added to its query. */
export function signedDingtalkUrl(url: string, secret: string, timestampMs: number): string {
  const signed = new URL(url);
  signed.searchParams.set('timestamp', String(timestampMs));
  signed.searchParams.set('sign', dingtalkSignature(secret, timestampMs));
  return signed.toString();
}
