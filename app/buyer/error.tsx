"use client";
import { BUYER_ERROR_MESSAGES } from "@/components/errors/messages";
import { RouteError } from "@/components/errors/route-error";

// A Buyer App page failed: shown inside the Buyer App layout, so its header and sections stay.
export default function BuyerError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} messages={BUYER_ERROR_MESSAGES} back={{ href: "/buyer", label: BUYER_ERROR_MESSAGES.back }} />;
}
