import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedPost = { path: string; query: URLSearchParams; body: Record<string, unknown> };

/**
 * An HTTP server on loopback standing in for 企业微信, 钉钉 and a generic webhook. 钉钉's path
 * checks the signature as 钉钉 does (errcode 310000 when it does not match); `failNext(path, n)`
 * makes the next n requests to a path answer 500.
 */
export async function startWebhookReceiver(dingtalkSecret: string) {
  const received: ReceivedPost[] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const post = { path: url.pathname, query: url.searchParams, body: JSON.parse(raw) };
      const failing = failures.get(url.pathname) ?? 0;
      if (failing > 0) {
        failures.set(url.pathname, failing - 1);
        response.writeHead(500).end('boom');
        return;
      }
      received.push(post);
      let errcode = 0;
      if (url.pathname === '/dingtalk') {
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const expected = createHmac('sha256', dingtalkSecret)
          .update(`${timestamp}\n${dingtalkSecret}`)
          .digest('base64');
        if (url.searchParams.get('sign') !== expected) errcode = 310000;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errcode, errmsg: errcode ? 'sign not match' : 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (path: string, times: number) => failures.set(path, times),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ReceivedMail = { to: string[]; raw: string };

/** A local SMTP server on loopback (no TLS, no auth needed) that keeps every message it gets. */
export async function startSmtpReceiver() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'yardstick' }),
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
