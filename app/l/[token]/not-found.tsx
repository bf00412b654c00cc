import { headers } from "next/headers";
import Link from "next/link";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";
import { linkErrorMessages } from "@/components/errors/messages";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { linkMessages } from "@/components/link-pages/messages";
import { APP_PATH_HEADER } from "@/lib/http/app-path-header";
import { linkTokenOfPath } from "@/lib/link-access/link-token-of-path";
import { resolveLink } from "@/lib/link-access/resolve-link";

// A link that does not exist says so plainly; an address under an existing link that no page
// answers (or a catalog or order not on it) keeps the link's frame and leads back to its catalogs.
export default async function LinkNotFound() {
  const token = linkTokenOfPath((await headers()).get(APP_PATH_HEADER) ?? "");
  const resolved = token ? await resolveLink(decodeURIComponent(token)) : null;
  if (!resolved) {
    const t = linkMessages("EN");
    return (
      <main className="flex min-h-dvh items-center justify-center px-4">
        <div className="max-w-md text-center" data-testid="link-not-found">
          <h1 className="text-xl font-semibold">{t.notFoundTitle}</h1>
          <p className="mt-2 text-sm text-slate-600">{t.notFoundText}</p>
        </div>
      </main>
    );
  }
  const t = linkErrorMessages(resolved.language);
  return (
    <LinkFrame resolved={resolved}>
      <ErrorPanel testId="not-found-page" title={t.pageNotFoundTitle} text={t.pageNotFoundText}>
        <Link href={`/l/${resolved.link.token}`} className={BACK_LINK_CLASS}>
          {t.back}
        </Link>
      </ErrorPanel>
    </LinkFrame>
  );
}
