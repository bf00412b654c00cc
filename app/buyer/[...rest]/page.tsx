import { notFound } from "next/navigation";

// Any Buyer App address no page answers: its own not-found page, inside the Buyer App frame.
export default function UnknownBuyerPage() {
  notFound();
}
