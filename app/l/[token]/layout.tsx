import type { Metadata } from "next";
import { IntlProvider } from "@/components/i18n/intl-provider";

// Public link pages: their own frame (see components/link-pages/link-shell), never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function LinkLayout({ children }: { children: React.ReactNode }) {
  return <IntlProvider>{children}</IntlProvider>;
}
