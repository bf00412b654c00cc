"use client";
// "Copy this link": puts the link's full URL on the clipboard.
import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function absoluteLinkUrl(path: string) {
  return typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();
}

export function CopyLinkButton({ path, size = "sm" }: { path: string; size?: "sm" | "md" }) {
  const t = useTranslations("links.copy");
  async function copy() {
    const url = absoluteLinkUrl(path);
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t("copied"), { description: url });
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): show the URL to copy by hand.
      toast.message(t("copyByHand"), { description: url, duration: 15_000 });
    }
  }
  return (
    <Button variant="secondary" size={size} onClick={copy} className="whitespace-nowrap">
      <Copy className="size-4" aria-hidden />
      {t("button")}
    </Button>
  );
}
