import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ServerCommand, serverPlace, startServer, startServers } from "@/scripts/trust/trust-server";

const workdir = fs.mkdtempSync(path.join(os.tmpdir(), "trust-server-"));
afterAll(() => fs.rmSync(workdir, { recursive: true, force: true }));

/**
 * A stand-in for `npm start`: like scripts/start.ts it starts a server process of its own (here one
 * that only sleeps, its id written to <port>.pid), then answers /api/health, or, on FAIL_PORT, exits
 * with 1 and leaves that process running, or on SILENT_PORT never answers.
 */
const script = path.join(workdir, "stand-in.js");
fs.writeFileSync(
  script,
  `const { spawn } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const port = process.env.PORT;
const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
fs.writeFileSync(require("node:path").join(process.env.PID_DIR, port + ".pid"), String(child.pid));
if (port === process.env.FAIL_PORT) process.exit(1);
if (port !== process.env.SILENT_PORT)
  http.createServer((request, response) => response.end("ok")).listen(Number(port), "localhost");
`,
);
const command: ServerCommand = { file: process.execPath, args: [script] };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Alive and not a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    return !fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.startsWith("Z");
  } catch {
    return false;
  }
}

const startedPids = (ports: number[]) =>
  ports.flatMap((port) => {
    const file = path.join(workdir, `${port}.pid`);
    return fs.existsSync(file) ? [Number(fs.readFileSync(file, "utf8"))] : [];
  });

async function settle(pids: number[]): Promise<boolean[]> {
  for (let i = 0; i < 40 && pids.some(running); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return pids.map(running);
}

describe("starting the app instances of the trust harness", () => {
  it("stops the instances already started when another fails, processes they started included", async () => {
    const ports = [await freePort(), await freePort()];
    const places = ports.map((port) => serverPlace(port, path.join(workdir, String(port))));
    const env = { PID_DIR: workdir, FAIL_PORT: String(ports[1]) };
    await expect(startServers(places, 10_000, env, command)).rejects.toThrow(
      new RegExp(`1 of 2 app instances did not start \\(the 1 that did were stopped\\):\\n  The server on port ${ports[1]} exited \\(1\\)`),
    );
    const pids = startedPids(ports);
    expect(pids).toHaveLength(2);
    expect(await settle(pids)).toEqual([false, false]);
    // The instance that did start gave its port back.
    await expect(startServer(places[0]!, 10_000, env, command).then((server) => server.crash())).resolves.toBeUndefined();
  });

  it("refuses a port already in use before starting anything", async () => {
    const ports = [await freePort(), await freePort()];
    const taken = net.createServer().listen(ports[1], "127.0.0.1");
    await new Promise((resolve) => taken.once("listening", resolve));
    try {
      const places = ports.map((port) => serverPlace(port, path.join(workdir, String(port))));
      await expect(startServers(places, 10_000, { PID_DIR: workdir }, command)).rejects.toThrow(`Port ${ports[1]} already in use`);
      expect(startedPids(ports)).toEqual([]);
    } finally {
      taken.close();
    }
  });

  it("kills an instance that never answers, with what it started", async () => {
    const port = await freePort();
    const place = serverPlace(port, path.join(workdir, String(port)));
    await expect(startServer(place, 1_500, { PID_DIR: workdir, SILENT_PORT: String(port) }, command)).rejects.toThrow(
      `The server on port ${port} did not answer /api/health within 1.5 s`,
    );
    expect(await settle(startedPids([port]))).toEqual([false]);
  });
});
