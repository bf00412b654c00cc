// Full-screen message over the link's background media (Void, not yet open, expired, passcode),
// with the language switcher: nobody has logged in yet, so the visitor chooses.
import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

type Media = { kind: "image" | "video"; url: string } | null;

export function StatusScreen({ media, title, children, testId }: { media: Media; title: string; children?: React.ReactNode; testId: string }) {
  const t = useTranslations("linkPages.gate");
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center gap-4 overflow-hidden bg-slate-900 px-4 py-10">
      {media?.kind === "image" && (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded file served by the app
        <img src={media.url} alt="" className="absolute inset-0 size-full object-cover opacity-60" />
      )}
      {media?.kind === "video" && (
        <iframe src={media.url} title={t("backgroundVideo")} className="pointer-events-none absolute inset-0 size-full scale-125 opacity-60" allow="autoplay" tabIndex={-1} aria-hidden />
      )}
      <div className="relative w-full max-w-md rounded-xl bg-white/95 p-6 shadow-lg" data-testid={testId}>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {children && <div className="mt-3 space-y-4 text-sm text-slate-700">{children}</div>}
      </div>
      <LanguageSwitcher scope="visitor" className="relative rounded-md bg-white/95 px-3 py-1.5 shadow" />
    </div>
  );
}
