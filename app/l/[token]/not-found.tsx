import { linkMessages } from "@/components/link-pages/messages";

export default function LinkNotFound() {
  const t = linkMessages("EN");
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center" data-testid="link-not-found">
        <h1 className="text-xl font-semibold">{t.notFoundTitle}</h1>
        <p className="mt-2 text-sm text-slate-600">{t.notFoundText}</p>
      </div>
    </main>
  );
}
