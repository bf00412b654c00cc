import type { Metadata } from "next";
import { LookbookForm } from "@/components/catalogs/lookbook-forms";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New lookbook" };

export default async function NewLookbookPage() {
  await requireBrandPage("catalogs.manage");
  return (
    <>
      <PageHeader title="New lookbook" description="Add images after creating it." />
      <LookbookForm defaultValues={{ name: "", status: "DRAFT" }} />
    </>
  );
}
