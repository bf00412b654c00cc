// Starts the app server (scripts/app-server.ts says what it does and why):
//
//   node scripts/serve.mjs [--dev] [-p PORT] [-H HOSTNAME]
//
// Plain JavaScript so the server process runs without a TypeScript loader: tsx compiles only the
// server module here. Loaded for the whole process (node --import tsx), its hooks and the source
// maps it switches on cost the running server some 50 MB more memory than `next start`.
import { createRequire } from "node:module";

// One compile at start-up: esbuild (under tsx) runs it in a child process that ends with it,
// rather than in a worker thread and a service process kept for the server's whole life.
const workerThreads = process.env.ESBUILD_WORKER_THREADS;
process.env.ESBUILD_WORKER_THREADS = "0";
const { require: requireTypeScript } = await import("tsx/cjs/api");
const sourceMaps = process.sourceMapsEnabled;
const { runAppServer } = requireTypeScript("./app-server.ts", import.meta.url);
process.setSourceMapsEnabled(sourceMaps);
if (workerThreads === undefined) delete process.env.ESBUILD_WORKER_THREADS;
else process.env.ESBUILD_WORKER_THREADS = workerThreads;

await runAppServer(process.argv.slice(2), () => createRequire(import.meta.url)("next"));
