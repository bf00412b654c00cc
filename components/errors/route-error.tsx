"use client";
// The error page of an area (its error.tsx): plain words, the reference of the failure (Next's
// error digest, which the server logs with the same value) and two ways on: try again, or back.
// In the viewer's language (the area's IntlProvider sends linkPages.errorPages everywhere).
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { BACK_LINK_CLASS, ErrorPanel } from "./error-panel";

/** The digest of a server-side failure; errors thrown in the browser have none (nothing was logged). */
export function errorReference(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" && error.digest ? error.digest : undefined;
}

export function RouteError({
  error,
  retry,
  title,
  text,
  back,
  className,
}: {
  error: unknown;
  retry: () => void;
  title: string;
  text: string;
  back: { href: string; label: string };
  className?: string;
}) {
  const t = useTranslations("linkPages.errorPages");
  const reference = errorReference(error);
  return (
    <ErrorPanel testId="error-page" className={className} title={title} text={text} reference={reference ? { label: t("reference"), value: reference } : undefined}>
      <Button variant="secondary" onClick={() => retry()}>
        {t("tryAgain")}
      </Button>
      <Link href={back.href} className={BACK_LINK_CLASS}>
        {back.label}
      </Link>
    </ErrorPanel>
  );
}
