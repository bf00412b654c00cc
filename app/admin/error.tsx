"use client";
import { ADMIN_ERROR_MESSAGES } from "@/components/errors/messages";
import { RouteError } from "@/components/errors/route-error";

// An admin page failed: shown inside the admin layout, so the menu stays.
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} messages={ADMIN_ERROR_MESSAGES} back={{ href: "/admin", label: ADMIN_ERROR_MESSAGES.back }} />;
}
