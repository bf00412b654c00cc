import type { Metadata } from "next";
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
import { CONNECTION_STATUS_LABELS, CONNECTION_STATUS_TONES, OWNERSHIP_LABELS } from "@/lib/buyers/status-labels";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES } from "@/lib/orders/status-labels";
import { pageParams } from "@/lib/pagination/page-params";
import { mediumDate, mediumDateTime } from "@/lib/format/date-time-format";

export const metadata: Metadata = { title: "Buyer" };

const ACTION_LABELS: Record<string, string> = {
  "connection.disconnect": "Disconnected",
  "connection.reconnect": "Reconnected",
  "connection.terms.update": "Trading terms changed",
  "connection.credentials.set": "Brand-specific credentials set",
  "connection.credentials.reset": "Brand-specific credentials reset",
  "connection.create": "Connected",
};

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

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/buyers" className="text-brand-700 hover:underline">
          ← Buyers
        </Link>
      </p>
      <PageHeader
        title={buyer.name}
        description={`${OWNERSHIP_LABELS[buyer.ownership]} buyer · ${buyer.country}`}
        actions={
          <>
            <Badge tone={CONNECTION_STATUS_TONES[connection.status]} className="text-sm">
              <span data-testid="connection-status">{CONNECTION_STATUS_LABELS[connection.status]}</span>
            </Badge>
            <ConnectionStatusButton buyerId={buyer.id} buyerName={buyer.name} status={connection.status} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Details">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">Company</dt>
            <dd>{buyer.name}</dd>
            <dt className="text-slate-500">Contact</dt>
            <dd>{buyer.contactName ?? "—"}</dd>
            <dt className="text-slate-500">Email</dt>
            <dd>{buyer.email ?? "—"}</dd>
            <dt className="text-slate-500">Phone</dt>
            <dd>{buyer.phone ?? "—"}</dd>
            <dt className="text-slate-500">Country</dt>
            <dd>{buyer.country}</dd>
            <dt className="text-slate-500">Connected since</dt>
            <dd>{mediumDate(connection.createdAt)}</dd>
          </dl>
        </Section>
        <Section title="Addresses">
          {buyer.addresses.length === 0 ? (
            <p className="text-sm text-slate-600">No addresses yet.</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {buyer.addresses.map((a) => (
                <li key={a.id}>
                  <p className="font-medium">
                    {a.label ?? "Address"} {a.isDefault && <Badge tone="blue">Default</Badge>}
                  </p>
                  <p className="text-slate-600">
                    {a.recipientName}, {[a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(", ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Trading terms">
          <TradingTermsForm
            defaults={{ buyerId: buyer.id, discountRate: connection.discountRate, currency: connection.currency, language: connection.language, paymentTerms: connection.paymentTerms }}
          />
        </Section>
        <Section title="Brand-specific credentials">
          <BrandCredentialsForm buyerId={buyer.id} uniqueCode={connection.uniqueCode} hasPasscode={connection.hasPasscode} />
        </Section>
        {buyer.managedByThisBrand && (
          <Section title="Customer Order Link login">
            <OfflineLoginForm buyerId={buyer.id} email={buyer.linkLoginEmail} hasPassword={buyer.hasLinkLoginPassword} />
          </Section>
        )}
        <Section title="Connection history">
          {history.length === 0 ? (
            <p className="text-sm text-slate-600">No changes yet.</p>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="connection-history">
              {history.map((e) => (
                <li key={e.id} className="flex justify-between gap-4">
                  <span>
                    {ACTION_LABELS[e.action] ?? e.action} · {e.actorLabel}
                  </span>
                  <time className="text-slate-500" dateTime={e.createdAt.toISOString()}>
                    {mediumDateTime(e.createdAt)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <section className="mt-8" aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="mb-3 text-lg font-semibold">
          Orders with {ctx.brand.name}
        </h2>
        {orders.total === 0 ? (
          <EmptyState title="No orders yet">Orders this buyer places with your brand appear here.</EmptyState>
        ) : (
          <>
            <Table data-testid="buyer-orders">
              <thead>
                <tr>
                  <Th>Order</Th>
                  <Th>Date</Th>
                  <Th>Status</Th>
                  <Th className="text-right">Total</Th>
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
                    <Td>{mediumDate(o.createdAt)}</Td>
                    <Td>
                      <Badge tone={ORDER_STATUS_TONES[o.status]}>{ORDER_STATUS_LABELS[o.status]}</Badge>
                    </Td>
                    <Td className="text-right tabular-nums">{formatMoney(o.total, o.currency)}</Td>
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
