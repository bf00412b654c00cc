"use client";
import { useTranslations } from "next-intl";
import { PlainFrame } from "@/components/errors/plain-frame";
import { RouteError } from "@/components/errors/route-error";

// A failure no area's error page caught, such as an area's layout failing to load (the database
// unreachable): the root layout still stands, the area's frame could not be built.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("linkPages.errorPages.root");
  return (
    <PlainFrame>
      <RouteError error={error} retry={retry} title={t("errorTitle")} text={t("errorText")} back={{ href: "/", label: t("back") }} className="py-6" />
    </PlainFrame>
  );
}
