import Link from "next/link";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";
import { BUYER_ERROR_MESSAGES as M } from "@/components/errors/messages";

// Inside the Buyer App layout: its header and sections stay.
export default function BuyerNotFound() {
  return (
    <ErrorPanel testId="not-found-page" title={M.notFoundTitle} text={M.notFoundText}>
      <Link href="/buyer" className={BACK_LINK_CLASS}>
        {M.back}
      </Link>
    </ErrorPanel>
  );
}
