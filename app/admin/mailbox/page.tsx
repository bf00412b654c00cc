import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireBrandPage } from "@/lib/auth/guards";
import { isLocale, languageOf } from "@/lib/i18n/locales";
import { listBrandMail } from "@/lib/mail/queries";
import { renderForReading } from "@/lib/mail/rendered";
import { pageParams } from "@/lib/pagination/page-params";

export async function generateMetadata() {
  const t = await getTranslations("mailbox");
  return { title: t("title") };
}

const TONES = { PENDING: "amber", SENT: "green", FAILED: "red" } as const;

// Dev mailbox: the brand's outgoing e-mail. Without SMTP_URL nothing leaves the outbox, so this
// page is where staff and testers read what buyers would receive. Each mail is shown as its
// recipient reads it: a mail not rendered yet is rendered now, in its recipient's language, and
// kept (delivery then sends exactly this).
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("orders.manage");
  const [t, format, search] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const page = pageParams(search);
  const { mails, total } = await listBrandMail(ctx.brand.id, page);
  const shown = await renderForReading(mails);
  const sending = Boolean(process.env.SMTP_URL);
  return (
    <>
      <PageHeader title={t("mailbox.title")} description={sending ? t("mailbox.descriptionSending") : t("mailbox.descriptionKept")} />
      {shown.length === 0 ? (
        <EmptyState title={t("mailbox.emptyTitle")}>{t("mailbox.emptyText")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="mailbox">
          {shown.map(({ row, mail, error }) => (
            <li key={row.id}>
              <Card className="p-4" data-testid="mailbox-mail" data-template={row.template ?? undefined} data-locale={row.locale ?? undefined}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="min-w-0 font-medium wrap-anywhere">{mail?.subject ?? row.subject}</p>
                  <div className="flex items-center gap-2">
                    {isLocale(row.locale) && <Badge tone="gray">{t(`status.language.${languageOf(row.locale)}`)}</Badge>}
                    <Badge tone={TONES[row.status]}>{row.status === "PENDING" && !sending ? t("mailbox.kept") : t(`status.outbox.${row.status}`)}</Badge>
                  </div>
                </div>
                <p className="mt-1 text-xs text-slate-500 wrap-anywhere">
                  {t("mailbox.meta", { to: row.to, date: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
                {error ? (
                  <p className="mt-3 text-sm text-red-700">{t("mailbox.renderFailed", { error })}</p>
                ) : (
                  <pre className="mt-3 whitespace-pre-wrap font-sans text-sm text-slate-800 wrap-anywhere">{mail?.text}</pre>
                )}
                {mail?.html ? (
                  <details className="mt-3 text-sm">
                    <summary className="cursor-pointer text-slate-600">{t("mailbox.showHtml")}</summary>
                    <iframe sandbox="" srcDoc={mail.html} title={t("mailbox.htmlFrameTitle", { subject: mail.subject })} className="mt-2 h-[32rem] w-full rounded border border-slate-200 bg-white" />
                  </details>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/admin/mailbox" search={search} page={page.page} pageSize={page.pageSize} total={total} />
    </>
  );
}
