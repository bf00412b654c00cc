import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { LinkCatalogList } from "@/components/link-pages/link-catalog-list";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { linkHomeContent } from "@/lib/link-access/queries";
import { resolveLink } from "@/lib/link-access/resolve-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("linkPages.metadata");
  return { title: t("catalogs") };
}

export default async function LinkHomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const resolved = await resolveLink(token);
  if (!resolved) notFound();
  const gate = await LinkGate({ resolved });
  if (gate) return gate;
  const content = await linkHomeContent(resolved.link.id);
  return (
    <LinkFrame resolved={resolved}>
      <LinkCatalogList resolved={resolved} content={content} />
    </LinkFrame>
  );
}
