/**
 * Offline check of the built add-in (dist/): what Microsoft's online validator does not check, or
 * cannot check without the internet. `npm run validate` runs it; tests/addin/manifest.test.ts too.
 *
 *   - manifest.xml is well-formed XML with the elements a shared-runtime custom-functions add-in needs;
 *   - every resid referenced is defined in <Resources> (and is at most 32 characters);
 *   - the runtime, the functions page, the FunctionFile and the ribbon button share one page resid;
 *   - every URL is https and lives under the build's ADDIN_URL, and the file it names is in dist/;
 *   - every icon is a PNG of the size the manifest declares (read from the PNG header);
 *   - functions.json is consistent with the manifest's namespace and with functions.js.
 *
 * Usage: tsx scripts/validate-manifest.ts [--dist dist] [--url https://example.org/chipscreen]
 * (the URL defaults to the one the build recorded in dist/build-info.json).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SaxesParser } from "saxes";

/** The namespace every function is called under: =CHIP.SCREEN(...). */
export const NAMESPACE = "CHIP";
export const DEFAULT_ADDIN_URL = "https://localhost:3000";
const MAX_RESID_LENGTH = 32;

export interface XmlElement {
  /** Local name, without the namespace prefix ("Image" for bt:Image). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** Parses XML into a small element tree; throws with line and column when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = String(value);
    const element: XmlElement = {
      name: tag.name.replace(/^.*:/, ""),
      attributes,
      children: [],
      text: "",
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (failure) throw new Error(`manifest.xml is not well-formed XML: ${failure.message}`);
  if (!root) throw new Error("manifest.xml has no root element.");
  return root;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Follows a path of local names from `element`, e.g. ["DefaultSettings", "SourceLocation"]. */
function at(element: XmlElement | undefined, path: readonly string[]): XmlElement | undefined {
  return path.reduce<XmlElement | undefined>((e, name) => child(e, name), element);
}

function xsiType(element: XmlElement): string | undefined {
  return element.attributes["xsi:type"];
}

/** Width and height of a PNG, read from its IHDR chunk; undefined when it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface ValidationOptions {
  /** The built add-in folder (manifest.xml, functions.json, functions.js, assets/...). */
  distDir: string;
  /** The URL the build was made for; every URL in the manifest must start with it. */
  addinUrl: string;
}

export interface ValidationReport {
  problems: string[];
  /** What was checked, for the console. */
  checked: string[];
}

const REQUIRED_PATHS: readonly (readonly string[])[] = [
  ["Id"],
  ["Version"],
  ["ProviderName"],
  ["DefaultLocale"],
  ["DisplayName"],
  ["Description"],
  ["IconUrl"],
  ["HighResolutionIconUrl"],
  ["Hosts", "Host"],
  ["Requirements", "Sets", "Set"],
  ["DefaultSettings", "SourceLocation"],
  ["Permissions"],
  ["VersionOverrides", "Hosts", "Host", "Runtimes", "Runtime"],
  ["VersionOverrides", "Hosts", "Host", "AllFormFactors", "ExtensionPoint"],
  ["VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "FunctionFile"],
  ["VersionOverrides", "Resources"],
];

/** Runs every check; returns the problems found (none means valid). */
export function validateBuild(options: ValidationOptions): ValidationReport {
  const problems: string[] = [];
  const checked: string[] = [];
  const base = options.addinUrl.replace(/\/+$/, "");
  const manifestPath = join(options.distDir, "manifest.xml");
  if (!existsSync(manifestPath)) {
    return { problems: [`${manifestPath} does not exist: run \`npm run build\` first.`], checked };
  }
  let root: XmlElement;
  try {
    root = parseXml(readFileSync(manifestPath, "utf8"));
  } catch (error: unknown) {
    return { problems: [error instanceof Error ? error.message : String(error)], checked };
  }
  checked.push("well-formed XML");

  // Required elements and values.
  if (root.name !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") {
    problems.push(`root element must be <OfficeApp xsi:type="TaskPaneApp">; found <${root.name}>.`);
  }
  for (const path of REQUIRED_PATHS) {
    if (!at(root, path)) problems.push(`missing required element ${path.join("/")}.`);
  }
  const id = at(root, ["Id"])?.text.trim() ?? "";
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    problems.push(`Id "${id}" is not a GUID.`);
  }
  const version = at(root, ["Version"])?.text.trim() ?? "";
  if (version && !/^\d+(\.\d+){0,3}$/.test(version))
    problems.push(`Version "${version}" must look like 1.0.0.0.`);
  if (at(root, ["Hosts", "Host"])?.attributes["Name"] !== "Workbook") {
    problems.push('Hosts/Host must be Name="Workbook" (Excel).');
  }
  const sets = at(root, ["Requirements", "Sets"])?.children ?? [];
  if (!sets.some((s) => s.attributes["Name"] === "SharedRuntime")) {
    problems.push("Requirements must include the SharedRuntime set.");
  }
  const permissions = at(root, ["Permissions"])?.text.trim();
  if (permissions !== undefined && permissions !== "ReadWriteDocument") {
    problems.push(
      `Permissions must be ReadWriteDocument (the least the task pane needs); found "${permissions}".`,
    );
  }
  checked.push("required elements");

  // Resource ids: every resid referenced is defined.
  const resources = at(root, ["VersionOverrides", "Resources"]);
  const defined = new Map<string, XmlElement>();
  for (const element of resources ? walk(resources) : []) {
    const rid = element.attributes["id"];
    if (rid !== undefined && ["Image", "Url", "String"].includes(element.name)) {
      if (defined.has(rid)) problems.push(`resource id "${rid}" is defined twice.`);
      defined.set(rid, element);
    }
  }
  const referenced = new Set<string>();
  for (const element of walk(root)) {
    const rid = element.attributes["resid"];
    if (rid === undefined) continue;
    referenced.add(rid);
    if (!defined.has(rid))
      problems.push(`resid "${rid}" (line ${element.line}) is not defined in Resources.`);
    if (rid.length > MAX_RESID_LENGTH)
      problems.push(`resid "${rid}" is longer than ${MAX_RESID_LENGTH} characters.`);
  }
  for (const rid of defined.keys()) {
    if (!referenced.has(rid)) problems.push(`resource "${rid}" is defined but never used.`);
  }
  checked.push(`${referenced.size} resids defined`);

  // Shared runtime: one page for runtime, functions page, FunctionFile and the ribbon button.
  const host = at(root, ["VersionOverrides", "Hosts", "Host"]);
  const runtime = at(host, ["Runtimes", "Runtime"]);
  if (runtime && runtime.attributes["lifetime"] !== "long")
    problems.push('Runtime must have lifetime="long".');
  const cf = host
    ? [...walk(host)].find((e) => e.name === "ExtensionPoint" && xsiType(e) === "CustomFunctions")
    : undefined;
  if (!cf) problems.push("missing the CustomFunctions ExtensionPoint.");
  for (const part of ["Script", "Page", "Metadata"]) {
    if (cf && !at(cf, [part, "SourceLocation"]))
      problems.push(`CustomFunctions ExtensionPoint lacks ${part}/SourceLocation.`);
  }
  const action = host
    ? [...walk(host)].find((e) => e.name === "Action" && xsiType(e) === "ShowTaskpane")
    : undefined;
  if (!action) problems.push("no ribbon button opens the task pane (Action ShowTaskpane).");
  const pageResids = {
    Runtime: runtime?.attributes["resid"],
    "CustomFunctions Page": at(cf, ["Page", "SourceLocation"])?.attributes["resid"],
    FunctionFile: at(host, ["DesktopFormFactor", "FunctionFile"])?.attributes["resid"],
    "ShowTaskpane button": at(action, ["SourceLocation"])?.attributes["resid"],
  };
  if (new Set(Object.values(pageResids)).size !== 1) {
    const list = Object.entries(pageResids)
      .map(([k, v]) => `${k}=${v ?? "missing"}`)
      .join(", ");
    problems.push(`the shared runtime needs one page resid everywhere; found ${list}.`);
  }
  checked.push("shared runtime page");

  // URLs: https, under ADDIN_URL, and the file is in dist/.
  const urls: { url: string; where: string }[] = [];
  for (const element of walk(root)) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^[a-z]+:\/\//i.test(value) && !name.startsWith("xmlns"))
        urls.push({ url: value, where: `${element.name}@${name}` });
    }
    const text = element.text.trim();
    if (/^[a-z]+:\/\//i.test(text)) urls.push({ url: text, where: element.name });
  }
  const fileOf = (url: string): string | undefined =>
    url.startsWith(`${base}/`)
      ? decodeURIComponent(url.slice(base.length + 1).replace(/[?#].*$/, ""))
      : undefined;
  for (const { url, where } of urls) {
    if (!url.startsWith("https://")) {
      problems.push(`${where}: ${url} is not https.`);
      continue;
    }
    const file = fileOf(url);
    if (file === undefined) {
      problems.push(`${where}: ${url} is not under the build's ADDIN_URL ${base}.`);
      continue;
    }
    if (file !== "" && !existsSync(join(options.distDir, file)))
      problems.push(`${where}: ${url} names ${file}, which is not in the build.`);
  }
  checked.push(`${urls.length} URLs under ${base}`);

  // Icons: PNGs of the declared size.
  const icons: { url: string; size: number; where: string }[] = [];
  const iconUrl = at(root, ["IconUrl"])?.attributes["DefaultValue"];
  const highRes = at(root, ["HighResolutionIconUrl"])?.attributes["DefaultValue"];
  if (iconUrl) icons.push({ url: iconUrl, size: 32, where: "IconUrl" });
  if (highRes) icons.push({ url: highRes, size: 64, where: "HighResolutionIconUrl" });
  for (const element of walk(root)) {
    const size = element.attributes["size"];
    const rid = element.attributes["resid"];
    if (element.name !== "Image" || size === undefined || rid === undefined) continue;
    const url = defined.get(rid)?.attributes["DefaultValue"];
    if (url) icons.push({ url, size: Number(size), where: `image ${rid}` });
  }
  for (const icon of icons) {
    const file = fileOf(icon.url);
    if (file === undefined || !existsSync(join(options.distDir, file))) continue; // reported above
    const size = pngSize(readFileSync(join(options.distDir, file)));
    if (!size) problems.push(`${icon.where}: ${file} is not a PNG.`);
    else if (size.width !== icon.size || size.height !== icon.size) {
      problems.push(
        `${icon.where}: ${file} is ${size.width}×${size.height}; the manifest declares ${icon.size}×${icon.size}.`,
      );
    }
  }
  checked.push(`${icons.length} icon sizes`);

  // Namespace and functions.json.
  const namespaceResid = cf ? child(cf, "Namespace")?.attributes["resid"] : undefined;
  const namespace = namespaceResid
    ? defined.get(namespaceResid)?.attributes["DefaultValue"]
    : undefined;
  if (namespace !== NAMESPACE)
    problems.push(
      `the functions namespace is "${namespace ?? "missing"}"; expected "${NAMESPACE}".`,
    );
  const functionsPath = join(options.distDir, "functions.json");
  if (!existsSync(functionsPath)) {
    problems.push("functions.json is not in the build.");
  } else {
    const metadata = JSON.parse(readFileSync(functionsPath, "utf8")) as {
      functions?: { id?: string; name?: string; helpUrl?: string }[];
    };
    const functions = metadata.functions ?? [];
    if (functions.length === 0) problems.push("functions.json lists no functions.");
    const script = existsSync(join(options.distDir, "functions.js"))
      ? readFileSync(join(options.distDir, "functions.js"), "utf8")
      : "";
    const ids = new Set<string>();
    for (const f of functions) {
      const fid = f.id ?? "";
      if (ids.has(fid)) problems.push(`functions.json: id ${fid} appears twice.`);
      ids.add(fid);
      if (!/^[A-Z][A-Z0-9_.]*$/.test(fid))
        problems.push(`functions.json: id "${fid}" should be upper-case letters, digits, _ or .`);
      if (fid.startsWith(`${NAMESPACE}.`) || (f.name ?? "").startsWith(`${NAMESPACE}.`)) {
        problems.push(
          `functions.json: ${fid} repeats the namespace; Excel adds "${NAMESPACE}." itself.`,
        );
      }
      if (f.helpUrl !== undefined && !f.helpUrl.startsWith(`${base}/`)) {
        problems.push(`functions.json: help URL of ${fid} (${f.helpUrl}) is not under ${base}.`);
      }
      if (script && !script.includes(`CustomFunctions.associate("${fid}"`)) {
        problems.push(`functions.js does not register ${fid} (no CustomFunctions.associate call).`);
      }
    }
    checked.push(`${functions.length} functions in namespace ${NAMESPACE}`);
  }
  return { problems, checked };
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The ADDIN_URL the build recorded, if any. */
export function builtAddinUrl(distDir: string): string | undefined {
  const infoPath = join(distDir, "build-info.json");
  if (!existsSync(infoPath)) return undefined;
  return (JSON.parse(readFileSync(infoPath, "utf8")) as { addinUrl?: string }).addinUrl;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const distDir = resolve(argValue(args, "--dist") ?? "dist");
  const addinUrl = argValue(args, "--url") ?? builtAddinUrl(distDir) ?? DEFAULT_ADDIN_URL;
  const report = validateBuild({ distDir, addinUrl });
  if (report.problems.length > 0) {
    console.error(`Manifest check failed (${distDir}, ADDIN_URL ${addinUrl}):`);
    for (const p of report.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(
    `Manifest check passed (${distDir}, ADDIN_URL ${addinUrl}): ${report.checked.join("; ")}.`,
  );
}
