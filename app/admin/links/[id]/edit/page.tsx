import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkForm } from "@/components/links/link-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { linkTabOfType } from "@/lib/links/link-types";
import { getLink, getLinkFormOptions, linkFormValues } from "@/lib/links/queries";
import { fileUrl } from "@/lib/storage/storage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("links");
  return { title: t("editPageTitle") };
}

export default async function EditLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("links.manage");
  const t = await getTranslations("links");
  const { id } = await params;
  const [link, options] = await Promise.all([getLink(ctx.brand.id, id), getLinkFormOptions(ctx.brand.id)]);
  if (!link) notFound();
  const tab = linkTabOfType(link.type);
  const media = (f: typeof link.videoFile) => (f ? { id: f.id, originalName: f.originalName, url: fileUrl(f.key) } : null);
  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/admin/links/${link.id}`} className="text-brand-700 hover:underline">
          ← {link.name}
        </Link>
      </p>
      <PageHeader title={t(`editTitle.${tab.tab}`)} />
      <LinkForm
        linkId={link.id}
        defaults={linkFormValues(link, options.minimumOrder.currencies)}
        options={options}
        brand={ctx.brand}
        media={{ video: media(link.videoFile), backgroundImage: media(link.backgroundImageFile) }}
        hasPasscode={Boolean(link.passcodeHash)}
      />
    </div>
  );
}
