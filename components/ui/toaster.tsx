"use client";
// Success and error toasts; call toast.success / toast.error from "sonner" anywhere in the client.
import { Toaster as Sonner } from "sonner";

// Sonner's rich colours put their text at about 4.3:1 on the tinted backgrounds; the same hues a
// little darker reach the 4.5:1 that WCAG AA asks of small text.
const READABLE_COLOURS = {
  "--success-text": "hsl(140, 100%, 25%)",
  "--info-text": "hsl(210, 92%, 42%)",
  "--warning-text": "hsl(31, 92%, 34%)",
  "--error-text": "hsl(360, 100%, 42%)",
} as React.CSSProperties;

export function Toaster() {
  return <Sonner position="top-right" richColors closeButton toastOptions={{ duration: 5000 }} style={READABLE_COLOURS} />;
}
