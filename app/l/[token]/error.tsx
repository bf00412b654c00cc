"use client";
import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { RouteError } from "@/components/errors/route-error";

// In the request's language: when the database is what failed, the visitor's choice or browser's.
export default function LinkError({ error, retry }: { error: unknown; retry: () => void }) {
  const { token } = useParams<{ token: string }>();
  const t = useTranslations("linkPages.errorPages.link");
  return (
    <div className="min-h-dvh bg-slate-50">
      <main className="mx-auto max-w-5xl px-4 py-6">
        <RouteError error={error} retry={retry} title={t("errorTitle")} text={t("errorText")} back={{ href: `/l/${token}`, label: t("back") }} />
      </main>
    </div>
  );
}
