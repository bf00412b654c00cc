import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { AddTagForm, TagRow } from "@/components/settings/settings-buttons";
import { Card, EmptyState } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { listTags } from "@/lib/tags/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.tags");
  return { title: t("metaTitle") };
}

export default async function TagsPage() {
  const ctx = await requireBrandPage("settings.manage");
  const tags = await listTags(ctx.brand.id);
  const t = await getTranslations("settings.tags");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <AddTagForm />
      {tags.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="tags">
            {tags.map((tag) => (
              <TagRow key={tag.id} id={tag.id} name={tag.name} orders={tag._count.orders} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
