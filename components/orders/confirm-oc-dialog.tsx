"use client";
// The "Confirm The Order Confirmation" modal: Notify Buyer by Email (Enable shows the body),
// Select Tags (checkboxes, a Tag Name search, Create Tag on the spot), then Confirm.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Textarea } from "@/components/ui/controls";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { SearchInput } from "@/components/ui/search-input";
import { useAction } from "@/lib/actions/use-action";
import { confirmOcAction, createTagAction } from "@/lib/orders/actions";

type Tag = { id: string; name: string };

export function ConfirmOcDialog({ orderId, orderNumber, fromCreated, tags: initialTags, defaultBody }: { orderId: string; orderNumber: string; fromCreated: boolean; tags: Tag[]; defaultBody: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [notify, setNotify] = useState(true);
  const [body, setBody] = useState(defaultBody);
  const [tags, setTags] = useState(initialTags);
  const [selected, setSelected] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  const [newTag, setNewTag] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const confirm = useAction();
  const create = useAction();

  const visible = useMemo(() => tags.filter((t) => t.name.toLowerCase().includes(query.trim().toLowerCase())), [tags, query]);

  function toggle(id: string, on: boolean) {
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  }

  function createTag() {
    create.run(() => createTagAction({ name: newTag }), {
      success: (tag) => `Tag "${tag.name}" created.`,
      onSuccess: (tag) => {
        setTags((t) => [...t, tag].sort((a, b) => a.name.localeCompare(b.name)));
        setSelected((s) => [...s, tag.id]);
        setNewTag("");
        setErrors((e) => ({ ...e, name: "" }));
      },
      onError: (r) => setErrors((e) => ({ ...e, name: r.fieldErrors?.name ?? r.message })),
    });
  }

  function submit() {
    confirm.run(() => confirmOcAction({ orderId, notifyBuyer: notify, emailBody: notify ? body : undefined, tagIds: selected }), {
      success: "The order confirmation is confirmed.",
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
      onError: (r) => {
        setErrors(r.fieldErrors ?? {});
        if (r.code === "ORDER_ALREADY_CONFIRMED" || r.code === "ORDER_STATUS_CHANGED") {
          setOpen(false);
          router.refresh();
        }
      },
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>Confirm The Order Confirmation</Button>
      </DialogTrigger>
      <DialogContent
        title="Confirm The Order Confirmation"
        description={`Order ${orderNumber} becomes OC Confirmed. Its details are then fixed.`}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button onClick={submit} pending={confirm.pending}>Confirm</Button>
          </>
        }
      >
        <div className="space-y-5">
          {fromCreated && (
            <p role="note" data-testid="skip-approval-warning" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              This order is &quot;OC Created&quot;. Confirming it now skips the flow of receiving approval by the buyer. If approval on DEXTRE is mandatory in your operation, confirm only after the status is &quot;OC Approved&quot;.
            </p>
          )}
          <section className="space-y-3">
            <Switch label="Notify Buyer by Email" description={notify ? "Enable: the buyer receives this email." : "Disable: no email is sent to the buyer."} checked={notify} onCheckedChange={setNotify} />
            {notify && (
              <Field label="Email body" error={errors.emailBody}>
                {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} value={body} onChange={(e) => setBody(e.target.value)} rows={5} />}
              </Field>
            )}
          </section>
          <section className="space-y-2">
            <h3 className="text-sm font-semibold text-slate-800">Select Tags</h3>
            <SearchInput aria-label="Tag Name" placeholder="Tag Name" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            <ul className="max-h-40 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2" aria-label="Tags">
              {visible.length === 0 && <li className="px-1 text-sm text-slate-500">{tags.length === 0 ? "No tags yet. Create one below." : "No tag matches this name."}</li>}
              {visible.map((t) => (
                <li key={t.id}>
                  <Checkbox label={t.name} checked={selected.includes(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
                </li>
              ))}
            </ul>
            <div className="flex items-start gap-2">
              <Field label="New tag name" className="flex-1" error={errors.name || undefined}>
                {({ id, describedBy, invalid }) => (
                  <Input id={id} aria-describedby={describedBy} invalid={invalid} value={newTag} maxLength={40} onChange={(e) => setNewTag(e.target.value)}
                    onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); createTag(); } }} />
                )}
              </Field>
              <Button variant="secondary" className="mt-6" onClick={createTag} pending={create.pending} disabled={!newTag.trim()}>Create Tag</Button>
            </div>
          </section>
        </div>
      </DialogContent>
    </Dialog>
  );
}
