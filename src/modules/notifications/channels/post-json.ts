const TIMEOUT_MS = 10_000;

/**
 * POSTs a JSON body and throws unless the answer is 2xx — and, for robots that answer 200 with an
 * error code in the body (企业微信, 钉钉), unless that code is 0.
 */
export async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  const errcode = robotErrorCode(text);
  if (errcode !== undefined && errcode !== 0)
    throw new Error(`robot answered errcode ${errcode}: ${text.slice(0, 200)}`);
}

function robotErrorCode(text: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'errcode' in parsed)
      return Number((parsed as { errcode: unknown }).errcode);
  } catch {
    // Not JSON: a generic webhook may answer anything.
  }
  return undefined;
}
