/**
 * Serves dist/ for sideloading (`npm start` builds, then runs this): HTTPS on localhost:3000 with the
 * development certificate of office-addin-dev-certs (~/.office-addin-dev-certs, or the folder in
 * CHIPSCREEN_CERT_DIR). Without a certificate it explains how to get one and stops; `--http` serves
 * plain HTTP instead, for testing in a browser only (Excel refuses add-ins not served over HTTPS).
 *
 * Usage: tsx scripts/serve.ts [--http] [--port 3000] [--dist dist]
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A request handler serving the files of `root` (no directory listing, nothing outside root). */
export function staticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = resolve(root);
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(base, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      // Office fetches functions.json and the page from its own origin.
      "access-control-allow-origin": "*",
      // Excel caches functions.json stubbornly; ask it not to while developing.
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  };
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, "--port") ?? process.env["PORT"] ?? 3000);
  const dist = resolve(argValue(args, "--dist") ?? "dist");
  if (!existsSync(join(dist, "manifest.xml"))) {
    console.error(`${dist} has no build: run \`npm run build\` first.`);
    process.exit(1);
  }
  const handler = staticHandler(dist);
  if (args.includes("--http")) {
    createHttpServer(handler).listen(port, "127.0.0.1", () => {
      console.log(
        `Serving ${dist} over plain HTTP at http://127.0.0.1:${port}/ (browser testing only: Excel needs HTTPS).`,
      );
    });
    return;
  }
  const certDir = process.env["CHIPSCREEN_CERT_DIR"] ?? join(homedir(), ".office-addin-dev-certs");
  const cert = join(certDir, "localhost.crt");
  const key = join(certDir, "localhost.key");
  if (!existsSync(cert) || !existsSync(key)) {
    console.error(
      [
        `No development certificate found (looked for ${cert} and ${key}).`,
        "Excel loads add-ins only over HTTPS. To get a trusted localhost certificate:",
        "  - Windows or macOS: npx office-addin-dev-certs install   (then run npm start again)",
        "  - Linux: make one with openssl and trust it in your browser, and point CHIPSCREEN_CERT_DIR at its folder",
        "    (localhost.crt and localhost.key).",
        "To test in a browser without Excel: npm start -- --http",
      ].join("\n"),
    );
    process.exit(1);
  }
  createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, handler).listen(
    port,
    () => {
      console.log(
        `Serving ${dist} at https://localhost:${port}/ — sideload ${join(dist, "manifest.xml")} (see docs/excel.md).`,
      );
    },
  );
}

if (require.main === module) main();
