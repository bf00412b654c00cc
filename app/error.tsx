"use client";
import { ROOT_ERROR_MESSAGES } from "@/components/errors/messages";
import { PlainFrame } from "@/components/errors/plain-frame";
import { RouteError } from "@/components/errors/route-error";

// A failure no area's error page caught, such as an area's layout failing to load (the database
// unreachable): the root layout still stands, the area's frame could not be built.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <PlainFrame>
      <RouteError error={error} retry={retry} messages={ROOT_ERROR_MESSAGES} back={{ href: "/", label: ROOT_ERROR_MESSAGES.back }} className="py-6" />
    </PlainFrame>
  );
}
