import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/links/copy-link-button";
import { LinkHistory } from "@/components/links/link-history";
import { LinkQrCode } from "@/components/links/link-qr-code";
import { CatalogStatusBadge, LinkStatusBadge } from "@/components/links/link-status-badge";
import { LocalDateTime } from "@/components/links/local-date-time";
import { StatusUpdateDialog } from "@/components/links/status-update-dialog";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { LANGUAGE_LABELS, linkPath, linkTabOfType } from "@/lib/links/link-types";
import { getLink, getLinkHistory } from "@/lib/links/queries";
import { fileUrl } from "@/lib/storage/storage";

export const metadata: Metadata = { title: "Link" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

export default async function LinkPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("links.manage");
  const { id } = await params;
  const [link, history] = await Promise.all([getLink(ctx.brand.id, id), getLinkHistory(ctx.brand.id, id)]);
  if (!link) notFound();
  const tab = linkTabOfType(link.type);
  const path = linkPath(link.token);
  const forced = link.shippingRateGroups.length > 0 || link.paymentMethods.includes("STRIPE_CARD");
  return (
    <div className="mx-auto max-w-5xl">
      <p className="mb-2 text-sm">
        <Link href={`/admin/links?tab=${tab.tab}`} className="text-brand-700 hover:underline">
          ← {tab.label}
        </Link>
      </p>
      <PageHeader
        title={link.name}
        description={tab.singular}
        actions={
          <>
            <LinkStatusBadge status={link.status} />
            <StatusUpdateDialog link={link} afterDeleteHref={`/admin/links?tab=${tab.tab}`} />
            <Link href={`/admin/links/${link.id}/edit`} className="inline-flex h-8 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700">
              Edit
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">Share</h2>
            <div className="flex flex-wrap items-center gap-3">
              <code className="min-w-0 flex-1 truncate rounded bg-slate-100 px-2 py-1.5 text-sm" data-testid="link-path">
                {path}
              </code>
              <CopyLinkButton path={path} size="md" />
            </div>
            {link.status === "VOID" && <p className="mt-3 text-sm text-amber-800">This link is Void: buyers cannot use it until it is set back to Open.</p>}
          </Card>
          <Card className="p-5">
            <h2 className="mb-1 text-base font-semibold">Settings</h2>
            <dl className="divide-y divide-slate-100">
              <Row label="Make this link view-only">{link.viewOnly ? "Yes" : "No"}</Row>
              {link.type === "CUSTOMER" && <Row label="Offline Buyer Transition Settings">{link.offlineBuyerTransition ? "Enabled" : "Disabled"}</Row>}
              <Row label="Address">
                {link.addressField === "SHOW" ? "Show address input field in checkout" : "Hide the address input field in checkout"}
                {forced && <span className="block text-xs text-slate-500">Always displayed: shipping settings or Stripe Credit Card Payment require it.</span>}
              </Row>
              <Row label="Passcode">{link.passcodeHash ? "Enabled" : "Disabled"}</Row>
              <Row label="Release Date"><LocalDateTime value={link.releaseAt} empty="Not set" /></Row>
              <Row label="Expiration Date"><LocalDateTime value={link.expiresAt} empty="Not set" /></Row>
              <Row label="Catalogs">
                <ul className="space-y-1">
                  {link.catalogs.map(({ catalog }) => (
                    <li key={catalog.id} className="flex items-center gap-2">
                      {catalog.name} <CatalogStatusBadge status={catalog.status} />
                    </li>
                  ))}
                </ul>
              </Row>
              {link.type !== "CUSTOMER" && (
                <Row label="Trading Terms">
                  {link.currency} · {link.language ? LANGUAGE_LABELS[link.language] : "—"} · {link.discountRate?.toString() ?? "0"}% off wholesale
                </Row>
              )}
              <Row label="Payment Method">
                {link.paymentMethods.map((m) => (m === "STRIPE_CARD" ? "Stripe Credit Card Payment" : "Pay outside the app")).join(", ")}
              </Row>
              <Row label="Shipping Fee Settings">
                {link.shippingRateGroups.length === 0
                  ? "None (the catalog's shipping settings apply)"
                  : link.shippingRateGroups.map(({ rateGroup: g }) => `${g.name} (${g.currency}, ${g.country ?? "All Countries"})`).join("; ")}
              </Row>
              <Row label="Video">
                {link.videoUrl ? (
                  <span className="break-all">{link.videoUrl}</span>
                ) : link.videoFile ? (
                  <a className="text-brand-700 hover:underline" href={fileUrl(link.videoFile.key)}>{link.videoFile.originalName}</a>
                ) : (
                  "None"
                )}
              </Row>
              <Row label="Background Media Type">
                {link.backgroundType === "EMPTY" ? "Empty" : link.backgroundType === "IMAGE" ? `Image${link.backgroundImageFile ? `: ${link.backgroundImageFile.originalName}` : ""}` : `Video: ${link.backgroundVideoUrl}`}
              </Row>
              <Row label="Selectable Lookbook">
                {link.lookbooks.length === 0 ? "None" : link.lookbooks.map(({ lookbook: l }) => `${l.name} (${l.status === "PUBLIC" ? "Public" : "Draft"})`).join(", ")}
              </Row>
              <Row label="Contacts">
                {link.contacts.length === 0 ? (
                  "None"
                ) : (
                  <ul className="space-y-1">
                    {link.contacts.map((c) => (
                      <li key={c.id}>
                        {c.firstName} {c.lastName}
                        {[c.email, c.phone, c.note].filter(Boolean).length > 0 && <span className="text-slate-500"> · {[c.email, c.phone, c.note].filter(Boolean).join(" · ")}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </Row>
              <Row label="Description">{link.description ? <span className="whitespace-pre-line">{link.description}</span> : "—"}</Row>
              <Row label="Created"><LocalDateTime value={link.createdAt} /></Row>
            </dl>
          </Card>
        </div>
        <div className="space-y-6">
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">QR code</h2>
            <LinkQrCode path={path} name={link.name} />
          </Card>
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">History</h2>
            <LinkHistory events={history} />
          </Card>
        </div>
      </div>
    </div>
  );
}
