"use client";
// Upload of a link's video file or background image: checked in the browser first (type, size),
// then sent to /admin/links/media, which checks again and stores it for the brand.
import { Upload, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { msg } from "@/lib/i18n/message-text";
import { LINK_MEDIA_RULES, type LinkMediaKind } from "@/lib/links/schemas";

export type UploadedMedia = { id: string; originalName: string; url: string };

export function MediaUpload({
  kind,
  label,
  value,
  onChange,
  error,
  onError,
}: {
  kind: LinkMediaKind;
  label: string;
  value: UploadedMedia | null;
  onChange: (media: UploadedMedia | null) => void;
  error?: string;
  onError: (message: string) => void;
}) {
  const t = useTranslations("links");
  const tAll = useTranslations();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const rule = LINK_MEDIA_RULES[kind];

  async function upload(file: File) {
    if (!(rule.types as readonly string[]).includes(file.type) || file.size > rule.maxBytes) {
      onError(msg((rule.types as readonly string[]).includes(file.type) ? rule.tooLarge : rule.wrongType));
      return;
    }
    setUploading(true);
    try {
      const body = new FormData();
      body.set("kind", kind);
      body.set("file", file);
      const response = await fetch("/admin/links/media", { method: "POST", body });
      const result = (await response.json().catch(() => null)) as { ok: boolean; data?: UploadedMedia; message?: string } | null;
      if (!result?.ok || !result.data) onError(result?.message ?? msg("links.errors.uploadFailed"));
      else onChange(result.data);
    } catch {
      onError(msg("links.errors.uploadOffline"));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {value ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid={`uploaded-${kind}`}>
          {kind === "image" && (
            // eslint-disable-next-line @next/next/no-img-element -- a user upload served from /files
            <img src={value.url} alt="" className="size-12 rounded object-cover" />
          )}
          <a href={value.url} target="_blank" rel="noreferrer" className="truncate font-medium text-brand-700 hover:underline">
            {value.originalName}
          </a>
          <Button variant="ghost" size="sm" onClick={() => onChange(null)} aria-label={t("media.removeLabel", { name: value.originalName })}>
            <X className="size-4" aria-hidden />
            {t("media.remove")}
          </Button>
        </div>
      ) : (
        <div className="flex items-center gap-3">
          <input
            ref={input}
            id={id}
            type="file"
            accept={rule.types.join(",")}
            disabled={uploading}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
            className="block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
          />
          {uploading && (
            <span className="inline-flex items-center gap-2 text-sm text-slate-600" role="status">
              <Upload className="size-4 animate-pulse" aria-hidden /> {t("media.uploading")}
            </span>
          )}
        </div>
      )}
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {tAll(rule.hint)}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
