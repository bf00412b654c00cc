import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { CreateApiKeyButton, RevokeApiKeyButton } from "@/components/settings/api-keys";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys/queries";
import { requireBrandPage } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api.keys");
  return { title: t("metaTitle") };
}

export default async function ApiKeysPage() {
  const ctx = await requireBrandPage("settings.manage");
  const keys = await listApiKeys(ctx.brand.id);
  const [t, format] = await Promise.all([getTranslations("api.keys"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-2xl text-sm text-slate-600">
          {t("intro")}{" "}
          <Link href="/admin/settings/api" className="text-brand-700 underline">
            {t("referenceLink")}
          </Link>
        </p>
        <CreateApiKeyButton />
      </div>
      {keys.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table data-testid="api-keys">
          <thead>
            <tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.key")}</Th>
              <Th>{t("columns.scopes")}</Th>
              <Th>{t("columns.created")}</Th>
              <Th>{t("columns.lastUsed")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>
                <span className="sr-only">{t("revoke")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {keys.map((key) => (
              <tr key={key.id} data-testid={`api-key-${key.id}`}>
                <Td className="font-medium wrap-anywhere">{key.name}</Td>
                <Td className="font-mono text-xs whitespace-nowrap">{key.prefix}…</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {key.scopes.map((scope) => (
                      <code key={scope} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                        {scope}
                      </code>
                    ))}
                  </span>
                </Td>
                <Td className="whitespace-nowrap">{date(key.createdAt)}</Td>
                <Td className="whitespace-nowrap">{key.lastUsedAt ? dateTime(key.lastUsedAt) : t("neverUsed")}</Td>
                <Td className="whitespace-nowrap">{key.revokedAt ? <Badge tone="red">{t("revokedOn", { date: date(key.revokedAt) })}</Badge> : <Badge tone="green">{t("active")}</Badge>}</Td>
                <Td className="text-right">{!key.revokedAt && <RevokeApiKeyButton id={key.id} name={key.name} />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
