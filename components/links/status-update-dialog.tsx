"use client";
// The Status Update modal: Open / Void / Deleted from a pull-down, then Update. Deleted warns that
// it cannot be restored and needs an explicit confirmation before Update is enabled.
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Select } from "@/components/ui/controls";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { OrderLinkStatus } from "@/lib/db/generated/enums";
import { useAction } from "@/lib/actions/use-action";
import { updateLinkStatusAction } from "@/lib/links/actions";
import { LINK_STATUS_CHOICES, type LinkStatusChoice } from "@/lib/links/link-types";

export function StatusUpdateDialog({
  link,
  afterDeleteHref,
}: {
  link: { id: string; name: string; status: OrderLinkStatus };
  /** Where to go when the link is deleted from its own page. */
  afterDeleteHref?: string;
}) {
  const t = useTranslations("links.statusUpdate");
  const ts = useTranslations("status.linkStatus");
  const tc = useTranslations("common");
  const router = useRouter();
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<LinkStatusChoice>(link.status);
  const [confirmed, setConfirmed] = useState(false);
  const { pending, run } = useAction();
  const deleting = to === "DELETED";

  function reset(next: boolean) {
    setOpen(next);
    if (next) {
      setTo(link.status);
      setConfirmed(false);
    }
  }

  function submit() {
    run(() => updateLinkStatusAction({ id: link.id, from: link.status, to, confirmDelete: confirmed }), {
      success: deleting ? t("deleted", { name: link.name }) : t("updated", { status: ts(to) }),
      onSuccess: () => {
        setOpen(false);
        if (deleting && afterDeleteHref) router.push(afterDeleteHref);
        router.refresh();
      },
      onError: (result) => {
        // Someone else changed or deleted it: show the current state.
        if (result.code.startsWith("LINK_") || result.code === "NOT_FOUND") {
          setOpen(false);
          router.refresh();
        }
      },
    });
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" className="whitespace-nowrap">
          {t("button")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("title")}
        description={t("description", { name: link.name })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button variant={deleting ? "danger" : "primary"} onClick={submit} pending={pending} disabled={to === link.status || (deleting && !confirmed)}>
              {t("update")}
            </Button>
          </>
        }
      >
        <div className="space-y-4">
          <div className="space-y-1">
            <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
              {t("status")}
            </label>
            <Select id={selectId} value={to} onChange={(e) => { setTo(e.target.value as LinkStatusChoice); setConfirmed(false); }}>
              {LINK_STATUS_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </Select>
            <p className="text-xs text-slate-500">
              {to === "OPEN" && t("hintOpen")}
              {to === "VOID" && t("hintVoid")}
            </p>
          </div>
          {deleting && (
            <div role="alert" data-testid="delete-warning" className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              <p className="flex gap-2 font-medium">
                <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
                {t("deleteWarning")}
              </p>
              <p>{t("deleteDetail")}</p>
              <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} label={t("deleteConfirm")} />
            </div>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
