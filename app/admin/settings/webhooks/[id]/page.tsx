import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { DELIVERY_TONES } from "@/components/webhooks/delivery-tones";
import { EndpointControls } from "@/components/webhooks/endpoint-controls";
import { EndpointForm } from "@/components/webhooks/endpoint-form";
import { RefreshButton, ResendButton } from "@/components/webhooks/resend-button";
import { requireBrandPage } from "@/lib/auth/guards";
import { translateMessage } from "@/lib/i18n/message-text";
import { pageParams } from "@/lib/pagination/page-params";
import { getEndpoint, listDeliveries } from "@/lib/webhooks/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks.detail");
  return { title: t("metaTitle") };
}

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  const ctx = await requireBrandPage("settings.manage");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const endpoint = await getEndpoint(ctx.brand.id, id);
  if (!endpoint) notFound();
  const page = pageParams(search);
  const [{ rows, total }, t, tAll, format] = await Promise.all([listDeliveries(ctx.brand.id, endpoint.id, page), getTranslations("webhooks"), getTranslations(), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/admin/settings/webhooks" className="text-sm text-brand-700 hover:underline">
          {t("detail.back")}
        </Link>
        <h2 className="text-lg font-semibold wrap-anywhere" data-testid="webhook-endpoint-url">{endpoint.url}</h2>
        {endpoint.rotationOverlapUntil && endpoint.rotationOverlapUntil > new Date() && (
          <p className="text-sm text-slate-600">{t("detail.previousSecretUntil", { until: when(endpoint.rotationOverlapUntil) })}</p>
        )}
      </div>
      <EndpointControls endpoint={{ id: endpoint.id, url: endpoint.url, enabled: endpoint.enabled }} />
      <section aria-labelledby="webhook-log" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id="webhook-log" className="text-base font-semibold">{t("log.title")}</h2>
          <RefreshButton />
        </div>
        {rows.length === 0 ? (
          <EmptyState title={t("log.empty")}>{t("log.emptyText")}</EmptyState>
        ) : (
          <Table data-testid="webhook-deliveries">
            <thead>
              <tr>
                <Th>{t("log.event")}</Th>
                <Th>{t("log.status")}</Th>
                <Th>{t("log.response")}</Th>
                <Th>{t("log.duration")}</Th>
                <Th>{t("log.attempts")}</Th>
                <Th>{t("log.nextRetry")}</Th>
                <Th>{t("log.created")}</Th>
                <Th>
                  <span className="sr-only">{t("log.actions")}</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} data-testid="webhook-delivery" data-status={row.status}>
                  <Td>
                    <code className="text-xs">{row.event.type}</code>
                    <p className="text-xs text-slate-500 wrap-anywhere">{row.event.id}</p>
                  </Td>
                  <Td>
                    <Badge tone={DELIVERY_TONES[row.status]}>{t(`deliveryStatus.${row.status}`)}</Badge>
                    {row.lastError && row.status !== "DELIVERED" && <p className="mt-1 text-xs text-red-700 wrap-anywhere">{translateMessage(tAll, row.lastError)}</p>}
                  </Td>
                  <Td>{row.responseStatus ?? t("log.noResponse")}</Td>
                  <Td>{row.durationMs === null ? t("log.none") : t("log.milliseconds", { ms: row.durationMs })}</Td>
                  <Td>{row.attempts}</Td>
                  <Td>{row.nextAttemptAt ? when(row.nextAttemptAt) : t("log.none")}</Td>
                  <Td>{when(row.createdAt)}</Td>
                  <Td>
                    <ResendButton deliveryId={row.id} eventType={row.event.type} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination pathname={`/admin/settings/webhooks/${endpoint.id}`} search={search} page={page.page} pageSize={page.pageSize} total={total} />
      </section>
      <EndpointForm endpoint={endpoint} />
    </div>
  );
}
