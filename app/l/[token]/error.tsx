"use client";
import { useParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { linkErrorMessages } from "@/components/errors/messages";
import { RouteError } from "@/components/errors/route-error";

const subscribe = () => () => {};
// The link's language needs the database, which may be what failed: the browser's language decides.
const browserLanguage = () => (navigator.language.toLowerCase().startsWith("ja") ? "JA" : "EN");

export default function LinkError({ error, retry }: { error: unknown; retry: () => void }) {
  const { token } = useParams<{ token: string }>();
  const t = linkErrorMessages(useSyncExternalStore(subscribe, browserLanguage, () => "EN"));
  return (
    <div className="min-h-dvh bg-slate-50">
      <main className="mx-auto max-w-5xl px-4 py-6">
        <RouteError error={error} retry={retry} messages={t} back={{ href: `/l/${token}`, label: t.back }} />
      </main>
    </div>
  );
}
