// Runs the real checkout (lib/checkout/place-order) in a separate process, so a test can kill the
// process mid-transaction. Started by tests/integration/reliability/killed-checkout.test.ts with
// `node --conditions=react-server --import tsx` (the condition lets "server-only" modules load),
// DATABASE_URL set to the test database and the job as JSON in PLACE_ORDER_JOB. Prints the placed
// order as JSON when it gets that far.
import type { PurchaseContext } from "@/lib/checkout/purchase-context";
import type { CheckoutInput } from "@/lib/checkout/schemas";
import { placeOrder } from "@/lib/checkout/place-order";

const job = JSON.parse(process.env.PLACE_ORDER_JOB ?? "{}") as { ctx: PurchaseContext; input: CheckoutInput };
const placed = await placeOrder(job.ctx, job.input);
console.log(JSON.stringify(placed));
process.exit(0);
