import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { listLookbooks } from "@/lib/lookbooks/queries";
import { fileUrl } from "@/lib/storage/storage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lookbooks");
  return { title: t("title") };
}

export default async function LookbooksPage() {
  const ctx = await requireBrandPage("catalogs.manage");
  const [t, tStatus] = await Promise.all([getTranslations("lookbooks"), getTranslations("status.lookbook")]);
  const lookbooks = await listLookbooks(ctx.brand.id);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/lookbooks/new" className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
            {t("new")}
          </Link>
        }
      />
      {lookbooks.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {lookbooks.map((l) => (
            <li key={l.id}>
              <Link href={`/admin/lookbooks/${l.id}`} className="block overflow-hidden rounded-lg border border-slate-200 bg-white hover:shadow">
                {l.images[0] ? (
                  // eslint-disable-next-line @next/next/no-img-element -- stored uploads
                  <img src={fileUrl(l.images[0].file.key)} alt="" className="aspect-[3/2] w-full object-cover" />
                ) : (
                  <div className="aspect-[3/2] w-full bg-slate-100" aria-hidden />
                )}
                <div className="flex items-center justify-between gap-2 p-3">
                  <span className="font-medium">{l.name}</span>
                  <Badge tone={l.status === "PUBLIC" ? "green" : "gray"}>{tStatus(l.status)}</Badge>
                </div>
                <p className="px-3 pb-3 text-xs text-slate-500">{t("imageCount", { count: l._count.images })}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
