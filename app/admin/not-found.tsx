import Link from "next/link";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";
import { ADMIN_ERROR_MESSAGES as M } from "@/components/errors/messages";

// Inside the admin layout: the menu stays, so staff can go anywhere from here.
export default function AdminNotFound() {
  return (
    <ErrorPanel testId="not-found-page" title={M.notFoundTitle} text={M.notFoundText}>
      <Link href="/admin" className={BACK_LINK_CLASS}>
        {M.back}
      </Link>
    </ErrorPanel>
  );
}
