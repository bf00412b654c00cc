"use client";
// The edit page's side panels: images (upload, remove), stock adjustment with a reason, and
// archive / restore.
import { zodResolver } from "@hookform/resolvers/zod";
import { ImagePlus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { useAction } from "@/lib/actions/use-action";
import { addProductImageAction, adjustStockAction, archiveProductAction, removeProductImageAction } from "@/lib/products/actions";
import { adjustStockSchema } from "@/lib/products/schemas";
import { ConfirmButton } from "./confirm-button";
import { applyPrefixedErrors } from "./form-errors";

export function ImageUploader({ name, hiddenFields, action, label = "Add image" }: { name: string; hiddenFields: Record<string, string>; action: (form: FormData) => ReturnType<typeof addProductImageAction>; label?: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { pending, run } = useAction();
  const [error, setError] = useState<string>();
  function upload(file: File) {
    setError(undefined);
    if (file.size > 3 * 1024 * 1024) {
      setError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; images can be up to 3 MB.`);
      return;
    }
    const form = new FormData();
    for (const [k, v] of Object.entries(hiddenFields)) form.set(k, v);
    form.set("file", file);
    run(() => action(form), {
      success: "Image added.",
      onSuccess: (data) => {
        if (data && typeof data === "object" && "advisedAspect" in data && data.advisedAspect === false) toast.info("Tip: images in 2:3 or 3:2 proportions look best.");
        router.refresh();
      },
      onError: (r) => setError(r.fieldErrors?.file ?? r.message),
    });
    if (input.current) input.current.value = "";
  }
  return (
    <div>
      {/* Hidden: the button below opens it, so it stays out of the tab order (an invisible focus stop). */}
      <label className="inline-flex">
        <span className="sr-only">{name}</span>
        <input ref={input} type="file" tabIndex={-1} accept="image/jpeg,image/png,image/webp,image/gif" className="sr-only" aria-label={name} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      </label>
      <Button variant="secondary" size="sm" pending={pending} onClick={() => input.current?.click()}>
        <ImagePlus className="size-4" aria-hidden /> {label}
      </Button>
      <p className="mt-1 text-xs text-slate-500">JPEG, PNG, WebP or GIF, up to 3 MB.</p>
      {error && <p className="mt-1 text-sm text-red-600" data-testid="field-error">{error}</p>}
    </div>
  );
}

export function ProductImages({ productId, images }: { productId: string; images: { id: string; url: string; name: string }[] }) {
  const router = useRouter();
  return (
    <div className="space-y-3">
      {images.length === 0 ? (
        <p className="text-sm text-slate-500">No images yet.</p>
      ) : (
        <ul className="grid grid-cols-3 gap-2">
          {images.map((image) => (
            <li key={image.id} className="relative">
              {/* eslint-disable-next-line @next/next/no-img-element -- stored uploads, served as is */}
              <img src={image.url} alt={image.name} className="aspect-[2/3] w-full rounded border border-slate-200 object-cover" />
              <div className="absolute right-1 top-1">
                <ConfirmButton
                  label={<Trash2 className="size-4" aria-hidden />}
                  ariaLabel={`Remove image ${image.name}`}
                  title="Remove this image?"
                  description="The image is removed from the product."
                  confirmLabel="Remove image"
                  success="Image removed."
                  action={() => removeProductImageAction({ imageId: image.id })}
                  onDone={() => router.refresh()}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <ImageUploader name="Product image file" hiddenFields={{ productId }} action={addProductImageAction} />
    </div>
  );
}

type AdjustValues = { skuId: string; delta: string; reason: string };

export function AdjustStockDialog({ skus }: { skus: { id: string; code: string; stockQuantity: number }[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  const form = useForm<AdjustValues>({ resolver: zodResolver(adjustStockSchema) as never, defaultValues: { skuId: skus[0]?.id ?? "", delta: "", reason: "" } });
  const { register, handleSubmit, formState, getValues, reset } = form;
  const onSubmit = handleSubmit(() =>
    run(() => adjustStockAction({ ...getValues() }), {
      success: (d) => `Stock is now ${d.stockQuantity}.`,
      onSuccess: () => {
        setOpen(false);
        reset({ skuId: getValues("skuId"), delta: "", reason: "" });
        router.refresh();
      },
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, ""),
    }),
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" disabled={skus.length === 0}>
          Adjust stock
        </Button>
      </DialogTrigger>
      <DialogContent title="Adjust stock" description="Add units (e.g. 10) or remove them (e.g. -3). Stock cannot go below zero; every change is logged with its reason.">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field label="SKU" error={formState.errors.skuId?.message}>
            {(p) => (
              <Select id={p.id} aria-describedby={p.describedBy} {...register("skuId")}>
                {skus.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.code} (in stock: {s.stockQuantity})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Change" error={formState.errors.delta?.message}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} inputMode="numeric" {...register("delta")} />}
          </Field>
          <Field label="Reason" hint="e.g. Stock count, Damaged, Returned" error={formState.errors.reason?.message}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("reason")} />}
          </Field>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" pending={pending}>
              Save adjustment
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function ArchiveProductButton({ id, archived }: { id: string; archived: boolean }) {
  const router = useRouter();
  return archived ? (
    <ConfirmButton
      label="Restore"
      title="Restore this product?"
      description="It can be added to catalogs again."
      confirmLabel="Restore"
      success="Product restored."
      danger={false}
      action={() => archiveProductAction({ id, archived: false })}
      onDone={() => router.refresh()}
    />
  ) : (
    <ConfirmButton
      label="Archive"
      title="Archive this product?"
      description="It is hidden from product pickers and can no longer be added to catalogs. Existing orders are not affected, and you can restore it later."
      confirmLabel="Archive product"
      success="Product archived."
      action={() => archiveProductAction({ id, archived: true })}
      onDone={() => router.refresh()}
    />
  );
}
