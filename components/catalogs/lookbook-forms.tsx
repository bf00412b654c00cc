"use client";
// Lookbook editing: name and status (Public / Draft), images with a caption and credited
// products, delete.
import { zodResolver } from "@hookform/resolvers/zod";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox, Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { useAction } from "@/lib/actions/use-action";
import { addLookbookImageAction, deleteLookbookAction, removeLookbookImageAction, saveLookbookAction, updateLookbookImageAction } from "@/lib/lookbooks/actions";
import { lookbookFormSchema, type LookbookFormInput } from "@/lib/lookbooks/schemas";
import { searchProductOptionsAction } from "@/lib/products/actions";
import { ConfirmButton } from "./confirm-button";
import { applyPrefixedErrors } from "./form-errors";
import { ImageUploader } from "./product-panels";

export function LookbookForm({ id, defaultValues }: { id?: string; defaultValues: LookbookFormInput }) {
  const t = useTranslations("lookbooks.form");
  const tStatus = useTranslations("status.lookbook");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<LookbookFormInput>({ resolver: zodResolver(lookbookFormSchema), defaultValues });
  const onSubmit = form.handleSubmit(() =>
    run(() => saveLookbookAction({ id, lookbook: form.getValues() }), {
      success: id ? t("saved") : t("created"),
      onSuccess: (d) => (id ? router.refresh() : router.push(`/admin/lookbooks/${d.id}`)),
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "lookbook"),
    }),
  );
  return (
    <Card className="p-5">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field label={t("name")} error={form.formState.errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...form.register("name")} />}
        </Field>
        <Field label={t("status")} hint={t("statusHint")} error={form.formState.errors.status?.message}>
          {(p) => (
            <Select id={p.id} aria-describedby={p.describedBy} {...form.register("status")}>
              <option value="PUBLIC">{tStatus("PUBLIC")}</option>
              <option value="DRAFT">{tStatus("DRAFT")}</option>
            </Select>
          )}
        </Field>
        <Button type="submit" pending={pending} className="sm:mt-6">
          {id ? t("save") : t("create")}
        </Button>
      </form>
    </Card>
  );
}

export function DeleteLookbookButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("lookbooks.delete");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("button")}
      title={t("title", { name })}
      description={t("description")}
      confirmLabel={t("confirm")}
      success={t("done")}
      action={() => deleteLookbookAction({ id })}
      onDone={() => router.push("/admin/lookbooks")}
    />
  );
}

export function LookbookImageUploader({ lookbookId }: { lookbookId: string }) {
  const t = useTranslations("lookbooks.upload");
  return <ImageUploader name={t("name")} label={t("button")} hiddenFields={{ lookbookId }} action={addLookbookImageAction as never} />;
}

type Credit = { id: string; productCode: string; name: string };

export function LookbookImageCard({ image }: { image: { id: string; url: string; name: string; caption: string; width: number | null; height: number | null; credits: Credit[] } }) {
  const t = useTranslations("lookbooks.image");
  const router = useRouter();
  const { pending, run } = useAction();
  const [caption, setCaption] = useState(image.caption);
  const [credits, setCredits] = useState<Credit[]>(image.credits);
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Credit[]>([]);
  const [, startSearch] = useTransition();
  useEffect(() => {
    if (!q.trim()) return;
    const timer = setTimeout(() => startSearch(async () => {
      const r = await searchProductOptionsAction({ q });
      if (r.ok) setOptions(r.data);
    }), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const ratio = image.width && image.height ? image.width / image.height : null;
  const advised = ratio !== null && (Math.abs(ratio - 2 / 3) < 0.02 || Math.abs(ratio - 1.5) < 0.03);
  return (
    <Card className="overflow-hidden">
      {/* eslint-disable-next-line @next/next/no-img-element -- stored uploads */}
      <img src={image.url} alt={image.caption || image.name} className="aspect-[2/3] w-full bg-slate-100 object-cover" />
      <div className="space-y-3 p-3">
        {ratio !== null && !advised && <p className="text-xs text-amber-700">{t("aspectWarning", { width: image.width ?? 0, height: image.height ?? 0 })}</p>}
        <Field label={t("caption")}>
          {(p) => <Input id={p.id} value={caption} onChange={(e) => setCaption(e.target.value)} className="h-9" />}
        </Field>
        <div>
          <p className="text-sm font-medium text-slate-700">{t("credits")}</p>
          {credits.length === 0 ? (
            <p className="text-xs text-slate-500">{t("noCredits")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {credits.map((c) => (
                <li key={c.id}>
                  <Checkbox label={t("credit", { name: c.name, code: c.productCode })} checked onChange={() => setCredits((list) => list.filter((x) => x.id !== c.id))} />
                </li>
              ))}
            </ul>
          )}
          <SearchInput aria-label={t("findProduct")} placeholder={t("findProduct")} type="search" value={q} onChange={(e) => setQ(e.target.value)} className="h-9" wrapperClassName="mt-2" />
          {q.trim() && (
            <ul className="mt-1 max-h-32 overflow-y-auto text-sm">
              {options.filter((o) => !credits.some((c) => c.id === o.id)).map((o) => (
                <li key={o.id}>
                  <button type="button" className="w-full rounded px-2 py-1 text-left hover:bg-slate-100" onClick={() => { setCredits((list) => [...list, o]); setQ(""); }}>
                    {t("addCredit", { name: o.name, code: o.productCode })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="flex justify-between gap-2">
          <Button
            size="sm"
            pending={pending}
            onClick={() =>
              run(() => updateLookbookImageAction({ imageId: image.id, caption, productIds: credits.map((c) => c.id) }), { success: t("saved"), onSuccess: () => router.refresh() })
            }
          >
            {t("save")}
          </Button>
          <ConfirmButton
            label={<Trash2 className="size-4" aria-hidden />}
            ariaLabel={t("removeLabel", { name: image.name })}
            title={t("removeTitle")}
            description={t("removeDescription")}
            confirmLabel={t("removeConfirm")}
            success={t("removed")}
            action={() => removeLookbookImageAction({ imageId: image.id })}
            onDone={() => router.refresh()}
          />
        </div>
      </div>
    </Card>
  );
}
