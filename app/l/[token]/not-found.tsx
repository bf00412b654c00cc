import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { APP_PATH_HEADER } from "@/lib/http/app-path-header";
import { linkTokenOfPath } from "@/lib/link-access/link-token-of-path";
import { resolveLink } from "@/lib/link-access/resolve-link";

// A link that does not exist says so plainly; an address under an existing link that no page
// answers (or a catalog or order not on it) keeps the link's frame and leads back to its catalogs.
// Both in the request's language (the link's, once it is known; else the visitor's).
export default async function LinkNotFound() {
  const token = linkTokenOfPath((await headers()).get(APP_PATH_HEADER) ?? "");
  const resolved = token ? await resolveLink(decodeURIComponent(token)) : null;
  const t = await getTranslations("linkPages.errorPages.link");
  if (!resolved) {
    return (
      <main className="flex min-h-dvh items-center justify-center px-4">
        <div className="max-w-md text-center" data-testid="link-not-found">
          <h1 className="text-xl font-semibold">{t("linkNotFoundTitle")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("linkNotFoundText")}</p>
        </div>
      </main>
    );
  }
  return (
    <LinkFrame resolved={resolved}>
      <ErrorPanel testId="not-found-page" title={t("notFoundTitle")} text={t("notFoundText")}>
        <Link href={`/l/${resolved.link.token}`} className={BACK_LINK_CLASS}>
          {t("back")}
        </Link>
      </ErrorPanel>
    </LinkFrame>
  );
}
