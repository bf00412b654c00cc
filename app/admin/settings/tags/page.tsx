import type { Metadata } from "next";
import { AddTagForm, TagRow } from "@/components/settings/settings-buttons";
import { Card, EmptyState } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { listTags } from "@/lib/tags/queries";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const ctx = await requireBrandPage("settings.manage");
  const tags = await listTags(ctx.brand.id);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">Tags can be put on orders when their order confirmation is confirmed.</p>
      <AddTagForm />
      {tags.length === 0 ? (
        <EmptyState title="No tags yet." />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="tags">
            {tags.map((t) => (
              <TagRow key={t.id} id={t.id} name={t.name} orders={t._count.orders} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
