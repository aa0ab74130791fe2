/** Where staff open a request's conversation: the Zendesk ticket in the agent interface, or the Slack thread. */
export interface ConversationLink {
  href: string;
  label: string;
}

export function conversationLink(channel: string, context: Record<string, unknown>, zendeskAgentOrigin: string | null): ConversationLink | null {
  if (channel === 'zendesk') {
    const ticketId = context.ticketId;
    if (zendeskAgentOrigin === null || (typeof ticketId !== 'string' && typeof ticketId !== 'number') || !/^\d+$/.test(String(ticketId))) return null;
    return { href: `${zendeskAgentOrigin}/agent/tickets/${ticketId}`, label: `Zendesk ticket #${ticketId}` };
  }
  if (channel === 'slack') {
    const channelId = context.channelId;
    if (typeof channelId !== 'string' || !/^[A-Z0-9]+$/.test(channelId)) return null;
    const threadTs = typeof context.threadTs === 'string' && /^\d+\.\d+$/.test(context.threadTs) ? context.threadTs : null;
    // Slack's own deep link: it opens the desktop app on the channel (and the message, when the thread is known).
    const query = new URLSearchParams({ id: channelId, ...(threadTs ? { message: threadTs } : {}) });
    return { href: `slack://channel?${query.toString()}`, label: threadTs ? `Slack thread in ${channelId}` : `Slack channel ${channelId}` };
  }
  return null;
}
