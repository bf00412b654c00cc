import { prisma } from "@/lib/db/client";
import { storage } from "@/lib/storage/storage";

// Uploaded media are public by their unguessable key (they appear on public link pages).
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const file = await prisma.storedFile.findUnique({ where: { key } });
  const bytes = file ? await storage().get(file.key) : null;
  if (!file || !bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
