"use client";
// Lookbook editing: name and status (Public / Draft), images with a caption and credited
// products, delete.
import { zodResolver } from "@hookform/resolvers/zod";
import { Trash2 } from "lucide-react";
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
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<LookbookFormInput>({ resolver: zodResolver(lookbookFormSchema), defaultValues });
  const onSubmit = form.handleSubmit(() =>
    run(() => saveLookbookAction({ id, lookbook: form.getValues() }), {
      success: id ? "Lookbook saved." : "Lookbook created.",
      onSuccess: (d) => (id ? router.refresh() : router.push(`/admin/lookbooks/${d.id}`)),
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "lookbook"),
    }),
  );
  return (
    <Card className="p-5">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field label="Lookbook name" error={form.formState.errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...form.register("name")} />}
        </Field>
        <Field label="Status" hint="Draft lookbooks are hidden from buyers." error={form.formState.errors.status?.message}>
          {(p) => (
            <Select id={p.id} aria-describedby={p.describedBy} {...form.register("status")}>
              <option value="PUBLIC">Public</option>
              <option value="DRAFT">Draft</option>
            </Select>
          )}
        </Field>
        <Button type="submit" pending={pending} className="sm:mt-6">
          {id ? "Save lookbook" : "Create lookbook"}
        </Button>
      </form>
    </Card>
  );
}

export function DeleteLookbookButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete lookbook"
      title={`Delete ${name}?`}
      description="The lookbook and its images are removed, also from the order links showing it. This cannot be undone."
      confirmLabel="Delete lookbook"
      success="Lookbook deleted."
      action={() => deleteLookbookAction({ id })}
      onDone={() => router.push("/admin/lookbooks")}
    />
  );
}

export function LookbookImageUploader({ lookbookId }: { lookbookId: string }) {
  return <ImageUploader name="Lookbook image file" label="Add image" hiddenFields={{ lookbookId }} action={addLookbookImageAction as never} />;
}

type Credit = { id: string; productCode: string; name: string };

export function LookbookImageCard({ image }: { image: { id: string; url: string; name: string; caption: string; width: number | null; height: number | null; credits: Credit[] } }) {
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
        {ratio !== null && !advised && <p className="text-xs text-amber-700">Not 2:3 or 3:2 ({image.width}×{image.height}); it may be cropped.</p>}
        <Field label="Caption">
          {(p) => <Input id={p.id} value={caption} onChange={(e) => setCaption(e.target.value)} className="h-9" />}
        </Field>
        <div>
          <p className="text-sm font-medium text-slate-700">Credited products</p>
          {credits.length === 0 ? (
            <p className="text-xs text-slate-500">None</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {credits.map((c) => (
                <li key={c.id}>
                  <Checkbox label={`${c.name} (${c.productCode})`} checked onChange={() => setCredits((list) => list.filter((x) => x.id !== c.id))} />
                </li>
              ))}
            </ul>
          )}
          <SearchInput aria-label="Find a product to credit" placeholder="Find a product to credit" type="search" value={q} onChange={(e) => setQ(e.target.value)} className="h-9" wrapperClassName="mt-2" />
          {q.trim() && (
            <ul className="mt-1 max-h-32 overflow-y-auto text-sm">
              {options.filter((o) => !credits.some((c) => c.id === o.id)).map((o) => (
                <li key={o.id}>
                  <button type="button" className="w-full rounded px-2 py-1 text-left hover:bg-slate-100" onClick={() => { setCredits((list) => [...list, o]); setQ(""); }}>
                    + {o.name} ({o.productCode})
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
              run(() => updateLookbookImageAction({ imageId: image.id, caption, productIds: credits.map((c) => c.id) }), { success: "Image saved.", onSuccess: () => router.refresh() })
            }
          >
            Save image
          </Button>
          <ConfirmButton
            label={<Trash2 className="size-4" aria-hidden />}
            ariaLabel={`Remove image ${image.name}`}
            title="Remove this image?"
            description="The image and its credits are removed from the lookbook."
            confirmLabel="Remove image"
            success="Image removed."
            action={() => removeLookbookImageAction({ imageId: image.id })}
            onDone={() => router.refresh()}
          />
        </div>
      </div>
    </Card>
  );
}
