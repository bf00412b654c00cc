import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BrandCredentialsForm } from "@/components/buyers/brand-credentials-form";
import { ConnectionStatusButton } from "@/components/buyers/connection-status-button";
import { OfflineLoginForm } from "@/components/buyers/offline-login-form";
import { TradingTermsForm } from "@/components/buyers/trading-terms-form";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import { getBuyerForBrand, listBuyerOrdersForBrand, listConnectionHistory } from "@/lib/buyers/queries";
import { CONNECTION_STATUS_TONES } from "@/lib/buyers/status-tones";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { ORDER_STATUS_TONES } from "@/lib/orders/status-labels";
import { pageParams } from "@/lib/pagination/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyers.detail");
  return { title: t("metaTitle") };
}

/** The audit actions of a connection, by their name in the history (buyers.detail.historyAction). */
const HISTORY_ACTIONS = {
  "connection.disconnect": "disconnect",
  "connection.reconnect": "reconnect",
  "connection.terms.update": "termsUpdate",
  "connection.credentials.set": "credentialsSet",
  "connection.credentials.reset": "credentialsReset",
  "connection.create": "create",
} as const;

function historyAction(action: string): (typeof HISTORY_ACTIONS)[keyof typeof HISTORY_ACTIONS] | null {
  return Object.hasOwn(HISTORY_ACTIONS, action) ? HISTORY_ACTIONS[action as keyof typeof HISTORY_ACTIONS] : null;
}

function Section({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  return (
    <Card className="p-5" aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-base font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  );
}

export default async function BuyerDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("buyers.manage");
  const { id } = await params;
  const search = await searchParams;
  const detail = await getBuyerForBrand(ctx.brand.id, id);
  if (!detail) notFound();
  const { buyer, connection } = detail;
  const page = pageParams(search, 25);
  const [orders, history] = await Promise.all([listBuyerOrdersForBrand(ctx.brand.id, id, page), listConnectionHistory(ctx.brand.id, connection.id)]);
  const [t, tStatus, format, locale] = await Promise.all([getTranslations("buyers"), getTranslations("status"), getFormatter(), getLocale()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/buyers" className="text-brand-700 hover:underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader
        title={buyer.name}
        description={t("detail.description", { ownership: tStatus(`ownership.${buyer.ownership}`), country: buyer.country })}
        actions={
          <>
            <Badge tone={CONNECTION_STATUS_TONES[connection.status]} className="text-sm">
              <span data-testid="connection-status">{tStatus(`connection.${connection.status}`)}</span>
            </Badge>
            <ConnectionStatusButton buyerId={buyer.id} buyerName={buyer.name} status={connection.status} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("detail.details")}>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">{t("detail.company")}</dt>
            <dd>{buyer.name}</dd>
            <dt className="text-slate-500">{t("detail.contact")}</dt>
            <dd>{buyer.contactName ?? "—"}</dd>
            <dt className="text-slate-500">{t("detail.email")}</dt>
            <dd>{buyer.email ?? "—"}</dd>
            <dt className="text-slate-500">{t("detail.phone")}</dt>
            <dd>{buyer.phone ?? "—"}</dd>
            <dt className="text-slate-500">{t("detail.country")}</dt>
            <dd>{buyer.country}</dd>
            <dt className="text-slate-500">{t("detail.connectedSince")}</dt>
            <dd>{date(connection.createdAt)}</dd>
          </dl>
        </Section>
        <Section title={t("detail.addresses")}>
          {buyer.addresses.length === 0 ? (
            <p className="text-sm text-slate-600">{t("detail.noAddresses")}</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {buyer.addresses.map((a) => (
                <li key={a.id}>
                  <p className="font-medium">
                    {a.label ?? t("detail.address")} {a.isDefault && <Badge tone="blue">{t("detail.defaultAddress")}</Badge>}
                  </p>
                  <p className="text-slate-600">
                    {a.recipientName}, {[a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(", ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t("detail.tradingTerms")}>
          <TradingTermsForm
            defaults={{ buyerId: buyer.id, discountRate: connection.discountRate, currency: connection.currency, language: connection.language, paymentTerms: connection.paymentTerms }}
          />
        </Section>
        <Section title={t("detail.credentials")}>
          <BrandCredentialsForm buyerId={buyer.id} uniqueCode={connection.uniqueCode} hasPasscode={connection.hasPasscode} />
        </Section>
        {buyer.managedByThisBrand && (
          <Section title={t("detail.offlineLogin")}>
            <OfflineLoginForm buyerId={buyer.id} email={buyer.linkLoginEmail} hasPassword={buyer.hasLinkLoginPassword} />
          </Section>
        )}
        <Section title={t("detail.history")}>
          {history.length === 0 ? (
            <p className="text-sm text-slate-600">{t("detail.noHistory")}</p>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="connection-history">
              {history.map((e) => {
                const action = historyAction(e.action);
                return (
                  <li key={e.id} className="flex justify-between gap-4">
                    <span>{t("detail.historyEntry", { action: action ? t(`detail.historyAction.${action}`) : e.action, actor: e.actorLabel })}</span>
                    <time className="text-slate-500" dateTime={e.createdAt.toISOString()}>
                      {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      </div>
      <section className="mt-8" aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="mb-3 text-lg font-semibold">
          {t("detail.ordersWith", { brand: ctx.brand.name })}
        </h2>
        {orders.total === 0 ? (
          <EmptyState title={t("detail.noOrders")}>{t("detail.noOrdersHint")}</EmptyState>
        ) : (
          <>
            <Table data-testid="buyer-orders">
              <thead>
                <tr>
                  <Th>{t("detail.order")}</Th>
                  <Th>{t("detail.date")}</Th>
                  <Th>{t("detail.status")}</Th>
                  <Th className="text-right">{t("detail.total")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {orders.rows.map((o) => (
                  <tr key={o.id}>
                    <Td>
                      <Link href={`/admin/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
                        {formatOrderNumber(ctx.brand.orderPrefix, o.number)}
                      </Link>
                    </Td>
                    <Td>{date(o.createdAt)}</Td>
                    <Td>
                      <Badge tone={ORDER_STATUS_TONES[o.status]}>{tStatus(`order.${o.status}`)}</Badge>
                    </Td>
                    <Td className="text-right tabular-nums">{formatMoney(o.total, o.currency, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination pathname={`/admin/buyers/${buyer.id}`} search={search} page={page.page} pageSize={page.pageSize} total={orders.total} />
          </>
        )}
      </section>
    </>
  );
}
