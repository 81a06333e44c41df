/// <reference types="office-js" />
/**
 * Boots the pane. Inside Excel, Office.onReady reports the Excel host and the pane screens the
 * workbook through the Excel data source; opened in an ordinary browser (office.js absent, or
 * onReady answering host null), the same page is the standalone workbench working on files.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { ExcelSource } from "./data/excel-source";
import { FileSource } from "./data/file-source";
import * as listStore from "../lists/list-store";

type Host = "excel" | "standalone";

/** office.js that cannot reach its host may never resolve onReady; the workbench starts after this wait. */
const ON_READY_TIMEOUT_MS = 4_000;

async function detectHost(): Promise<Host> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return "standalone";
  const info = await Promise.race([
    office.onReady().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ON_READY_TIMEOUT_MS)),
  ]);
  const hasExcel = typeof (globalThis as { Excel?: unknown }).Excel !== "undefined";
  return info?.host === office.HostType.Excel && hasExcel ? "excel" : "standalone";
}

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await detectHost();
  document.body.dataset["chipscreenMode"] = host;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      {host === "excel" ? (
        <App source={new ExcelSource()} lists={listStore} />
      ) : (
        <App source={new FileSource()} lists={listStore} />
      )}
    </FluentProvider>,
  );
}

void boot();
