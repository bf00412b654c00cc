"use client";
import { useTranslations } from "next-intl";
import { RouteError } from "@/components/errors/route-error";

// A Buyer App page failed: shown inside the Buyer App layout, so its header and sections stay.
export default function BuyerError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("linkPages.errorPages.buyer");
  return <RouteError error={error} retry={retry} title={t("errorTitle")} text={t("errorText")} back={{ href: "/buyer", label: t("back") }} />;
}
