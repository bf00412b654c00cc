import { notFound } from "next/navigation";

// Any admin address no page answers: the admin's own not-found page, inside the admin frame
// (without this, Next answers unmatched URLs with the root page, outside the layout).
export default function UnknownAdminPage() {
  notFound();
}
