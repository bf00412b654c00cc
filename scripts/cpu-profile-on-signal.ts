// For the benchmark's CPU profile by area (`npm run bench`): with CPU_PROFILE_DIR set, SIGUSR2
// starts V8's sampling profiler in this process and the next SIGUSR2 stops it and writes
// <dir>/<n>.cpuprofile, so each profile covers exactly one measured load run and not the server's
// start-up. Not loaded otherwise.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Session } from "node:inspector";

export function profileOnSignal(dir: string): void {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  let running = false;
  let written = 0;
  process.on("SIGUSR2", () => {
    void (async () => {
      if (!running) {
        running = true;
        await post("Profiler.enable");
        await post("Profiler.setSamplingInterval", { interval: 200 });
        await post("Profiler.start");
        return;
      }
      running = false;
      const { profile } = await post<{ profile: unknown }>("Profiler.stop");
      writeFileSync(path.join(dir, `${++written}.cpuprofile`), JSON.stringify(profile));
    })().catch((error: unknown) => console.error("CPU profile failed", error));
  });
}
