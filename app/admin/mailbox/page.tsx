import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireBrandPage } from "@/lib/auth/guards";
import { listBrandMail } from "@/lib/mail/queries";
import { pageParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Mailbox" };

const TONES = { PENDING: "amber", SENT: "green", FAILED: "red" } as const;

// Dev mailbox: the brand's outgoing e-mail. Without SMTP_URL nothing leaves the outbox, so this
// page is where staff and testers read what buyers would receive.
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("orders.manage");
  const search = await searchParams;
  const page = pageParams(search);
  const { mails, total } = await listBrandMail(ctx.brand.id, page);
  return (
    <>
      <PageHeader title="Mailbox" description={process.env.SMTP_URL ? "E-mail sent to buyers by your brand." : "No SMTP server is configured (SMTP_URL), so e-mail is kept here instead of being sent."} />
      {mails.length === 0 ? (
        <EmptyState title="No e-mail yet">E-mail to buyers (approval requests, confirmations, rejections) appears here.</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="mailbox">
          {mails.map((m) => (
            <li key={m.id}>
              <Card className="p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="min-w-0 font-medium wrap-anywhere">{m.subject}</p>
                  <Badge tone={TONES[m.status]}>{m.status === "PENDING" ? (process.env.SMTP_URL ? "Pending" : "Kept (not sent)") : m.status === "SENT" ? "Sent" : "Failed"}</Badge>
                </div>
                <p className="mt-1 text-xs text-slate-500 wrap-anywhere">To {m.to} · {m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
                <pre className="mt-3 whitespace-pre-wrap font-sans text-sm text-slate-800 wrap-anywhere">{m.text}</pre>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/admin/mailbox" search={search} page={page.page} pageSize={page.pageSize} total={total} />
    </>
  );
}
