// The Message-ID of an outbox row's mail: the same on every attempt, so a mail sent again (an
// instance died after the SMTP server took it and before recording that) is recognisably the same
// message to the mail systems that receive it. In the sender's domain, as RFC 5322 asks.
export function outboxMessageId(outboxId: string, from: string): string {
  const domain = /@([^\s>]+)/.exec(from)?.[1] ?? "wholesale.example";
  return `<outbox-${outboxId}@${domain}>`;
}
