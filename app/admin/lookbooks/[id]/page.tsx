import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteLookbookButton, LookbookForm, LookbookImageCard, LookbookImageUploader } from "@/components/catalogs/lookbook-forms";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { getLookbook } from "@/lib/lookbooks/queries";
import { fileUrl } from "@/lib/storage/storage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lookbooks");
  return { title: t("lookbookPageTitle") };
}

export default async function LookbookPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const t = await getTranslations("lookbooks");
  const { id } = await params;
  const lookbook = await getLookbook(ctx.brand.id, id);
  if (!lookbook) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/lookbooks" className="text-brand-700 hover:underline">
          ← {t("title")}
        </Link>
      </p>
      <PageHeader title={lookbook.name} actions={<DeleteLookbookButton id={lookbook.id} name={lookbook.name} />} />
      <div className="space-y-6">
        <LookbookForm id={lookbook.id} defaultValues={{ name: lookbook.name, status: lookbook.status }} />
        <div className="flex items-start justify-between gap-4">
          <div>
            <h2 className="text-base font-semibold">{t("images", { count: lookbook.images.length })}</h2>
            <p className="text-sm text-slate-600">{t("aspectHint")}</p>
          </div>
          <LookbookImageUploader lookbookId={lookbook.id} />
        </div>
        {lookbook.images.length === 0 ? (
          <EmptyState title={t("noImages")} />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {lookbook.images.map((image) => (
              <li key={image.id}>
                <LookbookImageCard
                  image={{
                    id: image.id,
                    url: fileUrl(image.file.key),
                    name: image.file.originalName,
                    caption: image.caption ?? "",
                    width: image.file.width,
                    height: image.file.height,
                    credits: image.products.map((p) => p.product),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
