"use client";
// How far the order is from the minimum order value ("Add ¥4,200 more to reach the ¥30,000
// minimum"), or that it is reached. The sentence arrives as a catalogue message.
import { useMessageText } from "@/lib/i18n/use-message-text";
import { cn } from "@/components/ui/cn";

export function MinimumNotice({ message, met, id }: { message: string; met: boolean; id?: string }) {
  const text = useMessageText();
  return (
    <p
      id={id}
      role="status"
      className={cn("rounded-md border px-3 py-2 text-sm", met ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-amber-200 bg-amber-50 text-amber-900")}
      data-testid="minimum-order"
      data-met={met}
    >
      {text(message)}
    </p>
  );
}
