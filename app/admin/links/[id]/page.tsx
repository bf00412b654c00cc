import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/links/copy-link-button";
import { LinkDateTime } from "@/components/links/link-date-time";
import { LinkHistory } from "@/components/links/link-history";
import { LinkQrCode } from "@/components/links/link-qr-code";
import { CatalogStatusBadge, LinkStatusBadge } from "@/components/links/link-status-badge";
import { LinkFiguresCard } from "@/components/reports/link-figures-card";
import { StatusUpdateDialog } from "@/components/links/status-update-dialog";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { linkPath, linkTabOfType } from "@/lib/links/link-types";
import { getLink, getLinkHistory } from "@/lib/links/queries";
import { getLinkFigures } from "@/lib/reports/channel-report";
import { fileUrl } from "@/lib/storage/storage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("links");
  return { title: t("linkPageTitle") };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

function countryName(country: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(country) ?? country;
  } catch {
    return country;
  }
}

export default async function LinkPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("links.manage");
  const [t, tStatus, tc, format, locale] = await Promise.all([getTranslations("links"), getTranslations("status"), getTranslations("common"), getFormatter(), getLocale()]);
  const { id } = await params;
  const [link, history] = await Promise.all([getLink(ctx.brand.id, id), getLinkHistory(ctx.brand.id, id)]);
  if (!link) notFound();
  const figures = await getLinkFigures(ctx.brand.id, link.id);
  const tab = linkTabOfType(link.type);
  const path = linkPath(link.token);
  const forced = link.shippingRateGroups.length > 0 || link.paymentMethods.includes("STRIPE_CARD");
  const list = (items: string[]) => format.list(items, { type: "conjunction", style: "narrow" });
  return (
    <div className="mx-auto max-w-5xl">
      <p className="mb-2 text-sm">
        <Link href={`/admin/links?tab=${tab.tab}`} className="text-brand-700 hover:underline">
          ← {t(`tabs.${tab.tab}`)}
        </Link>
      </p>
      <PageHeader
        title={link.name}
        description={tStatus(`linkType.${link.type}`)}
        actions={
          <>
            <LinkStatusBadge status={link.status} />
            <StatusUpdateDialog link={link} afterDeleteHref={`/admin/links?tab=${tab.tab}`} />
            <Link href={`/admin/links/${link.id}/edit`} className="inline-flex h-8 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700">
              {tc("edit")}
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">{t("detail.share")}</h2>
            <div className="flex flex-wrap items-center gap-3">
              <code className="min-w-0 flex-1 truncate rounded bg-slate-100 px-2 py-1.5 text-sm" data-testid="link-path">
                {path}
              </code>
              <CopyLinkButton path={path} size="md" />
            </div>
            {link.status === "VOID" && <p className="mt-3 text-sm text-amber-800">{t("detail.voidNotice")}</p>}
          </Card>
          <Card className="p-5">
            <h2 className="mb-1 text-base font-semibold">{t("detail.settings")}</h2>
            <dl className="divide-y divide-slate-100">
              <Row label={t("detail.viewOnly")}>{link.viewOnly ? tc("yes") : tc("no")}</Row>
              {link.type === "CUSTOMER" && (
                <Row label={t("detail.offlineBuyerTransition")}>{link.offlineBuyerTransition ? t("detail.enabled") : t("detail.disabled")}</Row>
              )}
              <Row label={t("detail.address")}>
                {link.addressField === "SHOW" ? t("detail.addressShown") : t("detail.addressHidden")}
                {forced && <span className="block text-xs text-slate-500">{t("detail.addressForced")}</span>}
              </Row>
              <Row label={t("detail.passcode")}>{link.passcodeHash ? t("detail.enabled") : t("detail.disabled")}</Row>
              <Row label={t("detail.releaseDate")}>
                <LinkDateTime value={link.releaseAt} empty={t("detail.notSet")} zone />
              </Row>
              <Row label={t("detail.expirationDate")}>
                <LinkDateTime value={link.expiresAt} empty={t("detail.notSet")} zone />
              </Row>
              <Row label={t("detail.catalogs")}>
                <ul className="space-y-1">
                  {link.catalogs.map(({ catalog }) => (
                    <li key={catalog.id} className="flex items-center gap-2">
                      {catalog.name} <CatalogStatusBadge status={catalog.status} />
                    </li>
                  ))}
                </ul>
              </Row>
              {link.type !== "CUSTOMER" && (
                <Row label={t("detail.tradingTerms")}>
                  {t("detail.tradingTermsValue", {
                    currency: link.currency ?? "—",
                    language: link.language ? tStatus(`language.${link.language}`) : "—",
                    rate: link.discountRate?.toString() ?? "0",
                  })}
                </Row>
              )}
              <Row label={t("detail.paymentMethod")}>{list(link.paymentMethods.map((m) => t(`paymentMethod.${m}`)))}</Row>
              <Row label={t("detail.shippingFeeSettings")}>
                {link.shippingRateGroups.length === 0 ? (
                  t("detail.noShipping")
                ) : (
                  <ul className="space-y-1">
                    {link.shippingRateGroups.map(({ rateGroup: g }) => (
                      <li key={g.id}>
                        {t("detail.rateGroup", { name: g.name, currency: g.currency, country: g.country ? countryName(g.country, locale) : t("detail.allCountries") })}
                      </li>
                    ))}
                  </ul>
                )}
              </Row>
              <Row label={t("detail.video")}>
                {link.videoUrl ? (
                  <span className="break-all">{link.videoUrl}</span>
                ) : link.videoFile ? (
                  <a className="text-brand-700 hover:underline" href={fileUrl(link.videoFile.key)}>
                    {link.videoFile.originalName}
                  </a>
                ) : (
                  tc("none")
                )}
              </Row>
              <Row label={t("detail.backgroundMediaType")}>
                {link.backgroundType === "EMPTY"
                  ? t("detail.backgroundEmpty")
                  : link.backgroundType === "IMAGE"
                    ? link.backgroundImageFile
                      ? t("detail.backgroundImageNamed", { name: link.backgroundImageFile.originalName })
                      : t("detail.backgroundImage")
                    : t("detail.backgroundVideo", { url: link.backgroundVideoUrl ?? "" })}
              </Row>
              <Row label={t("detail.lookbooks")}>
                {link.lookbooks.length === 0
                  ? tc("none")
                  : list(link.lookbooks.map(({ lookbook: l }) => t("detail.lookbook", { name: l.name, status: tStatus(`lookbook.${l.status}`) })))}
              </Row>
              <Row label={t("detail.contacts")}>
                {link.contacts.length === 0 ? (
                  tc("none")
                ) : (
                  <ul className="space-y-1">
                    {link.contacts.map((c) => (
                      <li key={c.id}>
                        {t("detail.contactName", { first: c.firstName, last: c.lastName })}
                        {[c.email, c.phone, c.note].filter(Boolean).length > 0 && <span className="text-slate-500"> · {[c.email, c.phone, c.note].filter(Boolean).join(" · ")}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </Row>
              <Row label={t("detail.description")}>{link.description ? <span className="whitespace-pre-line">{link.description}</span> : "—"}</Row>
              <Row label={t("detail.created")}>
                <LinkDateTime value={link.createdAt} />
              </Row>
            </dl>
          </Card>
        </div>
        <div className="space-y-6">
          <LinkFiguresCard linkId={link.id} figures={figures} />
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">{t("qr.title")}</h2>
            <LinkQrCode path={path} name={link.name} />
          </Card>
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">{t("detail.history")}</h2>
            <LinkHistory events={history} />
          </Card>
        </div>
      </div>
    </div>
  );
}
