// Stripe calls this URL after a Checkout Session; the raw body is needed to check the signature.
import { NextResponse } from "next/server";
import { handleStripeWebhook } from "@/lib/stripe/handle-webhook";

export async function POST(request: Request) {
  const result = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return NextResponse.json(result.body, { status: result.status });
}
