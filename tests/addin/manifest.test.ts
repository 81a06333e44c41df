/**
 * The built add-in for a deployment URL of our own: every URL in the manifest rewritten to it, and
 * the offline validator (npm run validate) passes. Then the validator is shown to catch what it is
 * for, on broken copies of the build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseXml, pngSize, validateBuild } from "../../scripts/validate-manifest";
import { buildAddin, type AddinBuild } from "./build-addin";

const ADDIN_URL = "https://example.org/chipscreen";
let build: AddinBuild;

beforeAll(async () => {
  build = await buildAddin(ADDIN_URL);
}, 300_000);

/** A copy of the build with one file changed, validated. */
function problemsAfter(file: string, change: (text: string) => string): string[] {
  const copy = mkdtempSync(join(tmpdir(), "chipscreen-manifest-"));
  try {
    cpSync(build.dir, copy, { recursive: true });
    const path = join(copy, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
    return validateBuild({ distDir: copy, addinUrl: ADDIN_URL }).problems;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe("the built add-in", () => {
  test("passes the offline manifest check for its ADDIN_URL", () => {
    const report = validateBuild({ distDir: build.dir, addinUrl: ADDIN_URL });
    expect(report.problems).toEqual([]);
    expect(report.checked.join("; ")).toMatch(/15 functions in namespace CHIP/);
  });

  test("has every URL rewritten: none is left pointing at localhost", () => {
    const manifest = readFileSync(join(build.dir, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`${ADDIN_URL}/taskpane.html`);
    const functions = readFileSync(join(build.dir, "functions.json"), "utf8");
    expect(functions).not.toMatch(/localhost/);
    expect(functions).toContain(`${ADDIN_URL}/docs/functions.md#chipredflags`);
  });

  test("records the URL it was built for, which the validator reads", () => {
    const info = JSON.parse(readFileSync(join(build.dir, "build-info.json"), "utf8")) as {
      addinUrl: string;
    };
    expect(info.addinUrl).toBe(ADDIN_URL);
  });

  test("fails the check for a different ADDIN_URL", () => {
    const report = validateBuild({ distDir: build.dir, addinUrl: "https://localhost:3000" });
    expect(
      report.problems.some((p) =>
        /is not under the build's ADDIN_URL https:\/\/localhost:3000/.test(p),
      ),
    ).toBe(true);
  });

  test("loads functions and task pane from one page (shared runtime)", () => {
    const html = readFileSync(join(build.dir, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script[^>]*src="?office\/office\.js/);
    expect(html.indexOf("functions.js")).toBeGreaterThan(-1);
    expect(html.indexOf("functions.js")).toBeLessThan(html.indexOf("taskpane.js"));
  });
});

describe("the offline validator catches", () => {
  test("XML that is not well-formed", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace("</DisplayName>", "").replace("<DisplayName", "<DisplayName>"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not well-formed XML/);
  });

  test("a resid referenced but not defined", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace('resid="Group.Label"', 'resid="Group.Missing"'),
    );
    expect(problems.join("\n")).toMatch(
      /resid "Group.Missing" \(line \d+\) is not defined in Resources/,
    );
  });

  test("a runtime page that is not the page the button opens", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace(
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="Functions.Script.Url"/>',
      ),
    );
    expect(problems.join("\n")).toMatch(
      /one page resid everywhere.*FunctionFile=Functions\.Script\.Url/,
    );
  });

  test("a URL that is not https", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace(`${ADDIN_URL}/functions.js`, "http://example.org/chipscreen/functions.js"),
    );
    expect(problems).toContain(
      "Url@DefaultValue: http://example.org/chipscreen/functions.js is not https.",
    );
  });

  test("a URL naming a file the build lacks", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace("assets/icon-80.png", "assets/icon-81.png"),
    );
    expect(problems).toContain(
      `Image@DefaultValue: ${ADDIN_URL}/assets/icon-81.png names assets/icon-81.png, which is not in the build.`,
    );
  });

  test("an icon of the wrong size", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace("assets/icon-80.png", "assets/icon-64.png"),
    );
    expect(problems).toContain(
      "image Icon.80x80: assets/icon-64.png is 64×64; the manifest declares 80×80.",
    );
  });

  test("a namespace other than CHIP", () => {
    const problems = problemsAfter("manifest.xml", (xml) =>
      xml.replace('DefaultValue="CHIP"', 'DefaultValue="EXPORTCTL"'),
    );
    expect(problems).toContain('the functions namespace is "EXPORTCTL"; expected "CHIP".');
  });

  test("a function in functions.json that functions.js never registers", () => {
    const problems = problemsAfter("functions.json", (json) =>
      json.replace('"id": "EXPLAIN"', '"id": "EXPLAINX"'),
    );
    expect(problems).toContain(
      "functions.js does not register EXPLAINX (no CustomFunctions.associate call).",
    );
  });
});

describe("helpers", () => {
  test("pngSize reads the IHDR of the committed icons", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(
        pngSize(readFileSync(join(__dirname, "..", "..", "assets", `icon-${size}.png`))),
      ).toEqual({ width: size, height: size });
    }
    expect(pngSize(Buffer.from("not a png at all, not at all"))).toBeUndefined();
  });

  test("parseXml keeps local names and attributes", () => {
    const root = parseXml('<a xmlns:bt="x"><bt:Image id="i" size="16"/>text</a>');
    expect(root.children[0]).toMatchObject({ name: "Image", attributes: { id: "i", size: "16" } });
    expect(root.text).toBe("text");
  });
});
