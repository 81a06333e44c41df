/* eslint-env node */
/**
 * Builds the Excel add-in into dist/:
 *   taskpane.html   the one page of the shared runtime: loads office.js, the custom functions and the task pane
 *   functions.js    the custom functions (CustomFunctions.associate calls appended by the metadata plugin)
 *   functions.json  their metadata, generated from the JSDoc in src/functions/functions.ts
 *   taskpane.js     the task pane (src/taskpane/index.tsx)
 *   manifest.xml    with every https://localhost:3000 rewritten to ADDIN_URL
 *   assets/, docs/  icons and the pages the manifest and the function help link to
 *
 * Options (webpack --env NAME=value):
 *   ADDIN_URL   where dist/ is served from (default https://localhost:3000; no trailing slash needed)
 *   OFFICE_JS   "cdn" (default: Microsoft's CDN, as AppSource requires) or "local" (the copy in
 *               @microsoft/office-js, for offline and browser tests)
 *   OUTPUT_DIR  where to build (default dist/); the tests build into a folder of their own
 *   TASKPANE    "none" builds a placeholder page instead of the task pane (quicker, for the
 *               functions' own tests); the placeholder is also used while src/taskpane is absent
 *
 * TypeScript is transpiled only (ts-loader transpileOnly); type-checking is `tsc --noEmit`.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const DEV_URL = "https://localhost:3000";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const TASKPANE_SOURCE = "./src/taskpane/index.tsx";
const TASKPANE_TEMPLATE = "./src/taskpane/taskpane.html";

// Used only while the task pane's own files are absent, so the functions can be built and tested alone.
const PLACEHOLDER_ENTRY =
  "data:text/javascript,document.body.setAttribute('data-chipscreen-taskpane','placeholder');";
const PLACEHOLDER_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chipscreen</title></head>' +
  "<body><p>Chipscreen: the task pane is not part of this build.</p></body></html>";

function addinUrl(env) {
  const url = String(env.ADDIN_URL || DEV_URL).replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// URL without spaces or quotes; got "${url}".`);
  }
  return url;
}

/** Replaces every https://localhost:3000 (with or without a trailing slash) by the deployment URL. */
function rewriteUrls(text, url) {
  return text.replace(/https:\/\/localhost:3000/g, url);
}

/** Puts the office.js script first in <head>, unless the page's own template already loads it. */
class OfficeJsTagPlugin {
  constructor(src, templateLoadsIt) {
    this.src = src;
    this.templateLoadsIt = templateLoadsIt;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsTagPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "OfficeJsTagPlugin",
        (data) => {
          if (!this.templateLoadsIt) {
            data.headTags.unshift({
              tagName: "script",
              voidTag: false,
              attributes: { src: this.src },
              meta: { plugin: "OfficeJsTagPlugin" },
            });
          }
          return data;
        },
      );
    });
  }
}

/**
 * Rewrites the help URLs in functions.json to the deployment URL, after the metadata plugin wrote it,
 * and records what the build was made for in build-info.json (read by scripts/validate-manifest.ts).
 */
class FunctionsJsonUrlPlugin {
  constructor(url, info) {
    this.url = url;
    this.info = info;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJsonUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const text = asset.source.source().toString();
          compilation.updateAsset(
            "functions.json",
            new sources.RawSource(rewriteUrls(text, this.url)),
          );
          compilation.emitAsset(
            "build-info.json",
            new sources.RawSource(`${JSON.stringify(this.info, null, 2)}\n`),
          );
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const url = addinUrl(env);
  const localOfficeJs = env.OFFICE_JS === "local";
  const withTaskpane = env.TASKPANE !== "none";
  const hasTaskpane = withTaskpane && fs.existsSync(path.resolve(__dirname, TASKPANE_SOURCE));
  const hasTemplate = withTaskpane && fs.existsSync(path.resolve(__dirname, TASKPANE_TEMPLATE));
  const templateLoadsOfficeJs =
    hasTemplate &&
    /office\.js/.test(fs.readFileSync(path.resolve(__dirname, TASKPANE_TEMPLATE), "utf8"));
  const officeJsSrc = localOfficeJs ? "office/office.js" : CDN_OFFICE_JS;
  const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteUrls(content.toString(), url),
    },
    { from: "docs/functions.md", to: "docs/functions.md", noErrorOnMissing: true },
    { from: "docs/excel.md", to: "docs/excel.md", noErrorOnMissing: true },
  ];
  if (localOfficeJs) {
    // office.js needs its sibling mapping table from the same folder; both are already minified.
    for (const file of ["office.js", "o15apptofilemappingtable.js"]) {
      copies.push({
        from: path.join(officeJsDir, file),
        to: `office/${file}`,
        info: { minimized: true },
      });
    }
  }

  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: hasTaskpane ? TASKPANE_SOURCE : PLACEHOLDER_ENTRY,
    },
    output: {
      path: path.resolve(__dirname, env.OUTPUT_DIR || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: {
                noEmit: false,
                module: "es2020",
                moduleResolution: "bundler",
                sourceMap: mode === "development",
              },
            },
          },
        },
        { test: /\.css$/, type: "asset/source" },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new FunctionsJsonUrlPlugin(url, { addinUrl: url, officeJs: officeJsSrc, mode }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        ...(hasTemplate ? { template: TASKPANE_TEMPLATE } : { templateContent: PLACEHOLDER_HTML }),
        // The functions register first, then the task pane starts: one shared runtime.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { officeJsUrl: officeJsSrc, addinUrl: url },
      }),
      new OfficeJsTagPlugin(officeJsSrc, templateLoadsOfficeJs),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
