import { notFound } from "next/navigation";

// Any address under a link that no page answers: the link's not-found page, in the link's frame.
export default function UnknownLinkPage() {
  notFound();
}
