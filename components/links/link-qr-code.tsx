"use client";
// The link's URL as a QR code, for printing at trade shows; downloadable as a PNG.
import { useTranslations } from "next-intl";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { absoluteLinkUrl } from "./copy-link-button";

export function LinkQrCode({ path, name }: { path: string; name: string }) {
  const t = useTranslations("links.qr");
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  const [url, setUrl] = useState(path);
  useEffect(() => {
    const full = absoluteLinkUrl(path);
    let live = true;
    QRCode.toDataURL(full, { width: 480, margin: 2, errorCorrectionLevel: "M" }).then((data) => {
      if (!live) return;
      setUrl(full);
      setDataUrl(data);
    });
    return () => {
      live = false;
    };
  }, [path]);
  return (
    <figure className="flex flex-col items-center gap-2">
      {dataUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise
        <img src={dataUrl} alt={t("alt", { url })} data-testid="link-qr-code" className="size-44 rounded border border-slate-200" />
      ) : (
        <div className="size-44 animate-pulse rounded bg-slate-100" aria-hidden />
      )}
      <figcaption className="text-center text-xs text-slate-500">
        {dataUrl && (
          <a href={dataUrl} download={`${name.replace(/[^\w-]+/g, "-").slice(0, 60) || "link"}-qr.png`} className="font-medium text-brand-700 hover:underline">
            {t("download")}
          </a>
        )}
      </figcaption>
    </figure>
  );
}
