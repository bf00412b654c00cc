"use client";
import { useTranslations } from "next-intl";
import { RouteError } from "@/components/errors/route-error";

// An admin page failed: shown inside the admin layout, so the menu stays.
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("linkPages.errorPages.admin");
  return <RouteError error={error} retry={retry} title={t("errorTitle")} text={t("errorText")} back={{ href: "/admin", label: t("back") }} />;
}
