import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { EndpointForm } from "@/components/webhooks/endpoint-form";
import { DELIVERY_TONES } from "@/components/webhooks/delivery-tones";
import { WebhookSettingsForm } from "@/components/webhooks/webhook-settings-form";
import { requireBrandPage } from "@/lib/auth/guards";
import { listEndpoints, webhookSettings } from "@/lib/webhooks/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks");
  return { title: t("metaTitle") };
}

export default async function WebhooksPage() {
  const ctx = await requireBrandPage("settings.manage");
  const [settings, endpoints, t, format] = await Promise.all([webhookSettings(ctx.brand.id), listEndpoints(ctx.brand.id), getTranslations("webhooks"), getFormatter()]);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <section aria-labelledby="webhook-endpoints" className="space-y-3">
        <h2 id="webhook-endpoints" className="text-base font-semibold">{t("endpoints.title")}</h2>
        {endpoints.length === 0 ? (
          <EmptyState title={t("endpoints.empty")}>{t("endpoints.emptyText")}</EmptyState>
        ) : (
          <Card>
            <ul className="divide-y divide-slate-100" data-testid="webhook-endpoints">
              {endpoints.map((endpoint) => {
                const last = endpoint.deliveries[0];
                return (
                  <li key={endpoint.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                    <div className="min-w-0 space-y-1">
                      <Link href={`/admin/settings/webhooks/${endpoint.id}`} className="font-medium text-brand-700 underline-offset-2 wrap-anywhere hover:underline">
                        {endpoint.url}
                      </Link>
                      <p className="text-xs text-slate-500">
                        {t("endpoints.eventCount", { count: endpoint.events.length })}
                        {" · "}
                        {last
                          ? t("endpoints.lastDelivery", { status: t(`deliveryStatus.${last.status}`), date: format.dateTime(last.createdAt, { dateStyle: "medium", timeStyle: "short" }) })
                          : t("endpoints.noDeliveries")}
                      </p>
                    </div>
                    <span className="flex items-center gap-2">
                      {last && <Badge tone={DELIVERY_TONES[last.status]}>{t(`deliveryStatus.${last.status}`)}</Badge>}
                      <Badge tone={endpoint.enabled ? "green" : "gray"}>{endpoint.enabled ? t("endpoints.enabled") : t("endpoints.disabled")}</Badge>
                    </span>
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
      </section>
      <EndpointForm />
      <WebhookSettingsForm {...settings} />
    </div>
  );
}
