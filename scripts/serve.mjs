// Starts the app server (scripts/app-server.ts says what it does and why):
//
//   node scripts/serve.mjs [--dev] [-p PORT] [-H HOSTNAME]
//
// Plain JavaScript so the server process runs without a TypeScript loader: tsx compiles only the
// server module here. Loaded for the whole process (node --import tsx), its hooks and the source
// maps it switches on cost the running server some 50 MB more memory than `next start`.
import { createRequire } from "node:module";
import { require as requireTypeScript } from "tsx/cjs/api";

const sourceMaps = process.sourceMapsEnabled;
const { runAppServer } = requireTypeScript("./app-server.ts", import.meta.url);
process.setSourceMapsEnabled(sourceMaps);

await runAppServer(process.argv.slice(2), () => createRequire(import.meta.url)("next"));
