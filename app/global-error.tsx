"use client";
import "./globals.css";
import { ROOT_ERROR_MESSAGES } from "@/components/errors/messages";
import { PlainFrame } from "@/components/errors/plain-frame";
import { RouteError } from "@/components/errors/route-error";

// The root layout itself failed: this replaces it, so it brings its own document and styles.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900">
        <title>{ROOT_ERROR_MESSAGES.errorTitle}</title>
        <PlainFrame>
          <RouteError error={error} retry={retry} messages={ROOT_ERROR_MESSAGES} back={{ href: "/", label: ROOT_ERROR_MESSAGES.back }} className="py-6" />
        </PlainFrame>
      </body>
    </html>
  );
}
