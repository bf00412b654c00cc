"use client";
// A button that asks before doing something destructive, then runs the action with toasts.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/actions/result";
import { useAction } from "@/lib/actions/use-action";

export function ConfirmButton<T>({
  label,
  title,
  description,
  confirmLabel,
  success,
  action,
  onDone,
  variant = "secondary",
  size = "sm",
  danger = true,
  ariaLabel,
}: {
  label: React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  success: string;
  action: () => Promise<ActionResult<T>>;
  onDone?: (data: T) => void;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  danger?: boolean;
  ariaLabel?: string;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant} size={size} aria-label={ariaLabel}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={title}
        description={description}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">{t("cancel")}</Button>
            </DialogClose>
            <Button
              variant={danger ? "danger" : "primary"}
              pending={pending}
              onClick={() =>
                run(action, {
                  success,
                  onSuccess: (data) => {
                    setOpen(false);
                    onDone?.(data);
                  },
                  onError: () => setOpen(false),
                })
              }
            >
              {confirmLabel}
            </Button>
          </>
        }
      />
    </Dialog>
  );
}
