import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/guards";

export default async function Home() {
  redirect(await homePathFor());
}
