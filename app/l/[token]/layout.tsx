import type { Metadata } from "next";

// Public link pages: their own frame (see components/link-pages/link-shell), never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function LinkLayout({ children }: { children: React.ReactNode }) {
  return children;
}
