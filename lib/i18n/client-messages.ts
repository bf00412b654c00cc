import "server-only";
// The part of the catalogue a page's client components need: the shared namespaces plus the
// area's own. Sending the whole catalogue would add every area's text to every page's payload.
import type { Catalogue } from "./catalogue-shape";
import { catalogue, type Namespace } from "./catalogue";
import type { AppLocale } from "./locales";

const SHARED: Namespace[] = ["common", "validation", "errors", "status"];

export function clientMessages(locale: AppLocale, namespaces: readonly Namespace[]): Partial<Catalogue> {
  const all = catalogue(locale);
  const messages: Partial<Catalogue> = Object.fromEntries([...SHARED, ...namespaces].map((ns) => [ns, all[ns]]));
  // Every area's error page (error.tsx, a client component) speaks these.
  if (!messages.linkPages) messages.linkPages = { errorPages: all.linkPages.errorPages } as Catalogue["linkPages"];
  return messages;
}
