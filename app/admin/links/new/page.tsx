import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { LinkForm } from "@/components/links/link-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { newLinkDefaults } from "@/lib/links/form-defaults";
import { linkTabOf } from "@/lib/links/link-types";
import { getLinkFormOptions } from "@/lib/links/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("links");
  return { title: t("createNew") };
}

export default async function NewLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("links.manage");
  const t = await getTranslations("links");
  const tab = linkTabOf((await searchParams).tab);
  const options = await getLinkFormOptions(ctx.brand.id);
  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/admin/links?tab=${tab.tab}`} className="text-brand-700 hover:underline">
          ← {t(`tabs.${tab.tab}`)}
        </Link>
      </p>
      <PageHeader title={t(`createTitle.${tab.tab}`)} />
      <LinkForm
        defaults={newLinkDefaults(tab.type, ctx.brand, options.minimumOrder.currencies)}
        options={options}
        brand={ctx.brand}
        media={{ video: null, backgroundImage: null }}
        hasPasscode={false}
      />
    </div>
  );
}
