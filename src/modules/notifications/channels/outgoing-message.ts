import type { NotificationMessage } from '../../../domain/notifications/notification-message.js';

/** What every channel sends: the worded message, for whom, and where it leads. */
export type OutgoingMessage = NotificationMessage & {
  kind: string;
  params: Record<string, unknown>;
  language: 'zh-CN' | 'en';
  /** Absolute link into the app, when the organisation has set its address. */
  url: string | null;
  createdAt: string;
  recipient: { id: string; name: string; email: string };
};

const OPEN: Record<OutgoingMessage['language'], string> = { 'zh-CN': '查看', en: 'Open' };

/** The message as markdown for a group robot: who it is for, what happened, a link. */
export function asMarkdown(message: OutgoingMessage): string {
  const lines = [`### ${message.title}`, `**${message.recipient.name}**：${message.body}`];
  if (message.url) lines.push(`[${OPEN[message.language]}](${message.url})`);
  return lines.join('\n\n');
}

export function asText(message: OutgoingMessage): string {
  const lines = [`${message.title}`, `${message.recipient.name}：${message.body}`];
  if (message.url) lines.push(message.url);
  return lines.join('\n');
}
