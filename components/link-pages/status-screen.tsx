// Full-screen message over the link's background media (Void, not yet open, expired, passcode).
type Media = { kind: "image" | "video"; url: string } | null;

export function StatusScreen({ media, title, children, testId }: { media: Media; title: string; children?: React.ReactNode; testId: string }) {
  return (
    <div className="relative flex min-h-dvh items-center justify-center overflow-hidden bg-slate-900 px-4 py-10">
      {media?.kind === "image" && (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded file served by the app
        <img src={media.url} alt="" className="absolute inset-0 size-full object-cover opacity-60" />
      )}
      {media?.kind === "video" && (
        <iframe src={media.url} title="Background video" className="pointer-events-none absolute inset-0 size-full scale-125 opacity-60" allow="autoplay" tabIndex={-1} aria-hidden />
      )}
      <div className="relative w-full max-w-md rounded-xl bg-white/95 p-6 shadow-lg" data-testid={testId}>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {children && <div className="mt-3 space-y-4 text-sm text-slate-700">{children}</div>}
      </div>
    </div>
  );
}
