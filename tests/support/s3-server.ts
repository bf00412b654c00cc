// A real S3-compatible server (s3rver) in the test process, on a free port with one bucket, for
// the S3 storage driver's tests. Its built-in account is S3RVER / S3RVER.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Config } from "@/lib/storage/s3-driver";

export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3Server(bucket = "wholesale-test") {
  const directory = await mkdtemp(path.join(os.tmpdir(), "wholesale-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const config: S3Config = { endpoint: `http://127.0.0.1:${port}`, bucket, region: "us-east-1", credentials: S3RVER_CREDENTIALS };
  return {
    config,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
