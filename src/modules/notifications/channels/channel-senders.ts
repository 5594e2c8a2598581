import { signedDingtalkUrl } from './dingtalk-signature.js';
import type { Channel } from '../../../domain/notifications/notification-kind.js';
import type { ChannelSettings } from '../channel-settings.js';
import { asMarkdown, asText, type OutgoingMessage } from './outgoing-message.js';
import { postJson } from './post-json.js';

export type ChannelSender = (
  message: OutgoingMessage,
  settings: ChannelSettings,
  at: Date,
) => Promise<void>;

function required(value: string | null, what: string): string {
  if (!value) throw new Error(`${what} is not set`);
  return value;
}

/** 企业微信 group robot: {msgtype:'markdown', markdown:{content}} or {msgtype:'text', text:{content}}. */
const wecom: ChannelSender = async (message, { wecom: settings }) => {
  const url = required(settings.url, 'wecom url');
  await postJson(
    url,
    settings.msgtype === 'markdown'
      ? { msgtype: 'markdown', markdown: { content: asMarkdown(message) } }
      : { msgtype: 'text', text: { content: asText(message) } },
  );
};

/** 钉钉 robot, signed (加签) when a secret is set. */
const dingtalk: ChannelSender = async (message, { dingtalk: settings }, at) => {
  const base = required(settings.url, 'dingtalk url');
  const url = settings.secret ? signedDingtalkUrl(base, settings.secret, at.getTime()) : base;
  await postJson(
    url,
    settings.msgtype === 'markdown'
      ? { msgtype: 'markdown', markdown: { title: message.title, text: asMarkdown(message) } }
      : { msgtype: 'text', text: { content: asText(message) } },
  );
};

/** A generic JSON webhook: the event with its worded message, for any system to act on. */
const webhook: ChannelSender = async (message, { webhook: settings }) => {
  await postJson(required(settings.url, 'webhook url'), {
    kind: message.kind,
    params: message.params,
    language: message.language,
    title: message.title,
    body: message.body,
    url: message.url,
    createdAt: message.createdAt,
    recipient: message.recipient,
  });
};

const email: ChannelSender = async (message, { email: settings }) => {
  // Loaded on the first mail: most servers never send one, and nodemailer holds ~16 MB resident.
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: required(settings.host, 'smtp host'),
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({
      from: required(settings.from, 'smtp from'),
      to: { name: message.recipient.name, address: message.recipient.email },
      subject: message.title,
      text: asText(message),
    });
  } finally {
    transport.close();
  }
};

export const CHANNEL_SENDERS: Record<Channel, ChannelSender> = { wecom, dingtalk, webhook, email };
