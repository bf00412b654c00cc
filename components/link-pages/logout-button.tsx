"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/actions/use-action";
import { logoutFromLinkAction } from "@/lib/link-access/actions";

export function LogoutButton({ token, label }: { token: string; label: string }) {
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <Button variant="ghost" size="sm" pending={pending} onClick={() => run(() => logoutFromLinkAction(token), { onSuccess: () => router.refresh() })}>
      {label}
    </Button>
  );
}
