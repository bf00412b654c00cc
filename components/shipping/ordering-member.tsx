// The Ordering Member: name, e-mail linking to the member's details page, and the shipping
// request (if any) behind the speech-bubble icon.
import Link from "next/link";
import { ShippingRequestTooltip } from "./shipping-request-tooltip";

export function OrderingMember({ name, email, buyerId, buyerName, note }: { name: string; email: string; buyerId: string; buyerName: string; note: string | null }) {
  return (
    <div className="min-w-0">
      <p className="truncate font-medium text-slate-900">{buyerName}</p>
      <p className="truncate text-xs text-slate-600">{name}</p>
      <div className="flex items-center gap-1">
        <Link href={`/admin/buyers/${buyerId}`} className="truncate text-xs text-brand-600 hover:underline">
          {email}
        </Link>
        {note && <ShippingRequestTooltip note={note} />}
      </div>
    </div>
  );
}
