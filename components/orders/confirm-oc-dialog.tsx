"use client";
// The "Confirm The Order Confirmation" modal: Notify Buyer by Email (Enable shows the body),
// Select Tags (checkboxes, a Tag Name search, Create Tag on the spot), then Confirm. The form is
// validated with the action's own schema and re-checked as the user types, so a message goes away
// as soon as its field is fixed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox, Textarea } from "@/components/ui/controls";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { SearchInput } from "@/components/ui/search-input";
import { useAction } from "@/lib/actions/use-action";
import { confirmOcAction, createTagAction } from "@/lib/orders/actions";
import { confirmOcSchema } from "@/lib/orders/schemas";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { sameTagName, TAG_NAME_MAX, tagNameSchema, tagNameTakenMessage } from "@/lib/tags/schemas";

type Tag = { id: string; name: string };
type FormInput = z.input<typeof confirmOcSchema>;
type FormOutput = z.output<typeof confirmOcSchema>;

/** This modal's words, in one place. */
const M = {
  title: "Confirm The Order Confirmation",
  description: (number: string) => `Order ${number} becomes OC Confirmed. Its details are then fixed.`,
  skipApproval:
    'This order is "OC Created". Confirming it now skips the flow of receiving approval by the buyer. If approval on DEXTRE is mandatory in your operation, confirm only after the status is "OC Approved".',
  notify: "Notify Buyer by Email",
  notifyOn: "Enable: the buyer receives this email.",
  notifyOff: "Disable: no email is sent to the buyer.",
  body: "Email body",
  selectTags: "Select Tags",
  tagSearch: "Tag Name",
  tagList: "Tags",
  noTags: "No tags yet. Create one below.",
  noMatch: "No tag matches this name.",
  newTag: "New tag name",
  createTag: "Create Tag",
  selectExisting: (name: string) => `Select ${name}`,
  existingSelected: (taken: string) => `${taken} It is selected.`,
  created: (name: string) => `Tag "${name}" created.`,
  existingUsed: (name: string) => `Tag "${name}" already exists and is selected.`,
  cancel: "Cancel",
  confirm: "Confirm",
  confirmed: "The order confirmation is confirmed.",
};

export function ConfirmOcDialog({ orderId, orderNumber, fromCreated, tags: initialTags, defaultBody }: { orderId: string; orderNumber: string; fromCreated: boolean; tags: Tag[]; defaultBody: string }) {
  const router = useRouter();
  const text = useMessageText();
  const [open, setOpen] = useState(false);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(confirmOcSchema),
    // A message shows once the user leaves the field (or submits) and clears as they fix it.
    mode: "onTouched",
    reValidateMode: "onChange",
    defaultValues: { orderId, notifyBuyer: true, emailBody: defaultBody, tagIds: [] },
  });
  const notify = useWatch({ control: form.control, name: "notifyBuyer" });
  const selected = useWatch({ control: form.control, name: "tagIds" }) ?? [];
  const [tags, setTags] = useState(initialTags);
  const [query, setQuery] = useState("");
  const [newTag, setNewTag] = useState("");
  const [newTagError, setNewTagError] = useState<string>();
  const confirm = useAction();
  const create = useAction();

  const search = query.trim().toLowerCase();
  const matching = tags.filter((t) => t.name.toLowerCase().includes(search));
  // Selected tags stay listed whatever the search holds, so a tag just created never disappears.
  const visible = tags.filter((t) => selected.includes(t.id) || t.name.toLowerCase().includes(search));
  // One rule for tag names: a name the brand already has, in any case, is that tag.
  const existing = newTag.trim() ? tags.find((t) => sameTagName(t.name, newTag)) : undefined;

  function setSelected(ids: string[]) {
    form.setValue("tagIds", ids, { shouldDirty: true });
  }

  function toggle(id: string, on: boolean) {
    setSelected(on ? [...new Set([...selected, id])] : selected.filter((x) => x !== id));
  }

  function setNotify(on: boolean) {
    form.setValue("notifyBuyer", on, { shouldDirty: true });
    // The body is only needed while the e-mail is enabled: re-check it either way.
    if (form.formState.errors.emailBody || form.formState.isSubmitted) void form.trigger("emailBody");
  }

  function pickTag(tag: Tag) {
    setTags((current) => (current.some((t) => t.id === tag.id) ? current : [...current, tag].sort((a, b) => a.name.localeCompare(b.name))));
    if (!selected.includes(tag.id)) setSelected([...selected, tag.id]);
    setNewTag("");
    setNewTagError(undefined);
  }

  function createTag() {
    if (existing) return pickTag(existing);
    const parsed = tagNameSchema.safeParse(newTag);
    if (!parsed.success) return setNewTagError(parsed.error.issues[0]?.message);
    create.run(() => createTagAction({ name: parsed.data }), {
      // Someone may have created it meanwhile: then the action gives back theirs.
      success: (tag) => (tag.created ? M.created(tag.name) : M.existingUsed(tag.name)),
      onSuccess: (tag) => pickTag({ id: tag.id, name: tag.name }),
      onError: (r) => setNewTagError(r.fieldErrors?.name ?? r.message),
    });
  }

  const submit = form.handleSubmit((values) =>
    confirm.run(() => confirmOcAction({ ...values, emailBody: values.notifyBuyer ? values.emailBody : undefined }), {
      success: M.confirmed,
      form: form as never,
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
      onError: (r) => {
        if (r.code === "ORDER_ALREADY_CONFIRMED" || r.code === "ORDER_STATUS_CHANGED") {
          setOpen(false);
          router.refresh();
        }
      },
    }),
  );

  const bodyError = form.formState.errors.emailBody?.message;
  const emailBody = form.register("emailBody");

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>{M.title}</Button>
      </DialogTrigger>
      <DialogContent
        title={M.title}
        description={M.description(orderNumber)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>{M.cancel}</Button>
            <Button onClick={submit} pending={confirm.pending}>{M.confirm}</Button>
          </>
        }
      >
        <div className="space-y-5">
          {fromCreated && (
            <p role="note" data-testid="skip-approval-warning" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              {M.skipApproval}
            </p>
          )}
          <section className="space-y-3">
            <Switch label={M.notify} description={notify ? M.notifyOn : M.notifyOff} checked={notify} onCheckedChange={setNotify} />
            {notify && (
              <Field label={M.body} error={bodyError}>
                {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} rows={5} {...emailBody} />}
              </Field>
            )}
          </section>
          <section className="space-y-2">
            <h3 className="text-sm font-semibold text-slate-800">{M.selectTags}</h3>
            <SearchInput aria-label={M.tagSearch} placeholder={M.tagSearch} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            <ul className="max-h-40 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2" aria-label={M.tagList}>
              {tags.length === 0 && <li className="px-1 text-sm text-slate-500">{M.noTags}</li>}
              {tags.length > 0 && search && matching.length === 0 && <li className="px-1 text-sm text-slate-500">{M.noMatch}</li>}
              {visible.map((t) => (
                <li key={t.id}>
                  <Checkbox label={t.name} checked={selected.includes(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
                </li>
              ))}
            </ul>
            <div className="flex items-start gap-2">
              <Field label={M.newTag} className="flex-1" error={newTagError}>
                {({ id, describedBy, invalid }) => (
                  <Input id={id} aria-describedby={describedBy} invalid={invalid} value={newTag} maxLength={TAG_NAME_MAX}
                    onChange={(e) => {
                      setNewTag(e.target.value);
                      setNewTagError(undefined);
                    }}
                    onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); createTag(); } }} />
                )}
              </Field>
              <Button variant="secondary" className="mt-6" onClick={createTag} pending={create.pending} disabled={!newTag.trim() || Boolean(existing)}>{M.createTag}</Button>
            </div>
            {existing && (
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="existing-tag-offer" aria-live="polite">
                {selected.includes(existing.id) ? (
                  <span>{M.existingSelected(text(tagNameTakenMessage(existing.name)))}</span>
                ) : (
                  <>
                    <span>{text(tagNameTakenMessage(existing.name))}</span>
                    <Button variant="secondary" onClick={() => pickTag(existing)}>{M.selectExisting(existing.name)}</Button>
                  </>
                )}
              </div>
            )}
          </section>
        </div>
      </DialogContent>
    </Dialog>
  );
}
