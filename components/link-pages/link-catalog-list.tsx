// The link's home: its catalogs (with their publication / deadline state), video, Public
// lookbooks and contacts.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { linkHomeContent } from "@/lib/link-access/queries";
import type { ResolvedLink } from "@/lib/link-access/resolve-link";
import { BRAND_MOMENT } from "./date-formats";

type Content = Awaited<ReturnType<typeof linkHomeContent>>;

/** "View only": the link's catalogs can be browsed, not ordered from. */
export function ViewOnlyNotice() {
  const t = useTranslations("linkPages.catalogList");
  return (
    <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="view-only-notice">
      {t("viewOnly")}
    </p>
  );
}

export function LinkCatalogList({ resolved, content }: { resolved: ResolvedLink; content: Content }) {
  const { catalogs, hiddenCatalogCount, link, purchase } = resolved;
  const t = useTranslations("linkPages.catalogList");
  const format = useFormatter();
  return (
    <div className="space-y-8">
      {purchase && !purchase.canOrder && <ViewOnlyNotice />}
      <section aria-labelledby="catalogs-heading">
        <h1 id="catalogs-heading" className="mb-3 text-xl font-semibold">{t("catalogs")}</h1>
        {catalogs.length === 0 ? (
          <p role="status" className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-600" data-testid="catalogs-unavailable">
            {hiddenCatalogCount > 0 ? t("allClosed") : t("none")}
          </p>
        ) : (
          <>
            {hiddenCatalogCount > 0 && <p className="mb-3 text-sm text-slate-600">{t("someClosed")}</p>}
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="link-catalogs">
              {catalogs.map((c) => {
                const body = (
                  <>
                    <p className="font-medium text-slate-900">{c.name}</p>
                    {c.season && <p className="text-xs text-slate-500">{c.season}</p>}
                    <div className="mt-2 flex flex-wrap gap-2 text-xs">
                      {c.access === "upcoming" && c.publicationDate && <Badge tone="gray">{t("availableFrom", { when: format.dateTime(c.publicationDate, BRAND_MOMENT) })}</Badge>}
                      {c.access === "browse_only" && <Badge tone="amber">{t("orderingClosed")}</Badge>}
                      {c.access === "orderable" && c.orderDeadline && <Badge tone="green">{t("orderBy", { when: format.dateTime(c.orderDeadline, BRAND_MOMENT) })}</Badge>}
                    </div>
                  </>
                );
                return (
                  <li key={c.id}>
                    {c.access === "upcoming" ? (
                      <div className="rounded-lg border border-slate-200 bg-white p-4 opacity-70" aria-disabled>{body}</div>
                    ) : (
                      <Link href={`/l/${link.token}/catalogs/${c.id}`} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-500">
                        {body}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      {(content.videoUrl || content.videoFileUrl) && (
        <section aria-labelledby="video-heading">
          <h2 id="video-heading" className="mb-3 text-lg font-semibold">{t("video")}</h2>
          <div className="aspect-video overflow-hidden rounded-lg bg-black">
            {content.videoUrl ? (
              <iframe src={content.videoUrl} title={t("video")} className="size-full" allowFullScreen />
            ) : (
              <video src={content.videoFileUrl!} controls className="size-full" />
            )}
          </div>
        </section>
      )}

      {content.lookbooks.length > 0 && (
        <section aria-labelledby="lookbooks-heading" data-testid="link-lookbooks">
          <h2 id="lookbooks-heading" className="mb-3 text-lg font-semibold">{t("lookbooks")}</h2>
          <ul className="space-y-4">
            {content.lookbooks.map((lb) => (
              <li key={lb.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-medium">{lb.name}</p>
                {lb.images.length > 0 && (
                  <ScrollBox className="mt-3 flex snap-x gap-3 overflow-x-auto pb-2">
                    {lb.images.map((img) => (
                      <figure key={img.id} className="w-40 shrink-0 snap-start">
                        {/* eslint-disable-next-line @next/next/no-img-element -- uploaded file served by the app */}
                        <img src={img.url} alt={img.caption ?? lb.name} className="aspect-[3/4] w-full rounded object-cover" />
                        {img.caption && <figcaption className="mt-1 text-xs text-slate-600">{img.caption}</figcaption>}
                      </figure>
                    ))}
                  </ScrollBox>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {content.contacts.length > 0 && (
        <section aria-labelledby="contacts-heading" data-testid="link-contacts">
          <h2 id="contacts-heading" className="mb-3 text-lg font-semibold">{t("contacts")}</h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {content.contacts.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="font-medium">{t("contactName", { firstName: c.firstName, lastName: c.lastName }).trim()}</p>
                {c.email && <p><a className="text-brand-700 underline" href={`mailto:${c.email}`}>{c.email}</a></p>}
                {c.phone && <p><a className="text-brand-700 underline" href={`tel:${c.phone}`}>{c.phone}</a></p>}
                {c.note && <p className="mt-1 text-slate-600">{c.note.replace(/\s*\n\s*/g, " ")}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
