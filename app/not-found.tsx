import type { Metadata } from "next";
import Link from "next/link";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";
import { ROOT_ERROR_MESSAGES as M } from "@/components/errors/messages";
import { PlainFrame } from "@/components/errors/plain-frame";

export const metadata: Metadata = { title: M.notFoundTitle };

// Addresses outside the admin, the Buyer App and the link pages (each of those has its own).
export default function RootNotFound() {
  return (
    <PlainFrame>
      <ErrorPanel testId="not-found-page" title={M.notFoundTitle} text={M.notFoundText} className="py-6">
        <Link href="/" className={BACK_LINK_CLASS}>
          {M.back}
        </Link>
      </ErrorPanel>
    </PlainFrame>
  );
}
