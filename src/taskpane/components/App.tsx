/**
 * The pane's flow: pick the data, map the columns, choose the date and where results go, run,
 * see the results. All sheet access goes through the DataSource; all rules through the core.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import {
  mapHeaders,
  type AsOfRule,
  type CanonicalField,
  type Clearance,
  type ListStats,
} from "../../rules";
import {
  UserError,
  yieldToUi,
  type DataSource,
  type ResultPlacement,
  type ResultTarget,
  type SavedSettings,
  type ScopeOption,
  type TableRead,
} from "../data/data-source";
import { FileSource } from "../data/file-source";
import { RESULT_HEADERS } from "../engine/result-layout";
import { runScreening, type RunOutcome } from "../engine/run-screening";
import { explicitFromMapping } from "../engine/settings-store";
import { mergeClearances, readClearances, serializeClearances } from "../engine/clearances";
import {
  comparisonStats,
  dayOf,
  describeList,
  inUseFromStore,
  loadListFile,
  NAME_FIELDS,
  partySetup,
  type ListInUse,
  type ListStore,
  type PartySetup,
} from "../engine/list-manager";
import { ListPanel, type ListMessage, type PendingListFile } from "./ListPanel";
import { MapColumns } from "./MapColumns";
import { OverwriteDialog } from "./OverwriteDialog";
import { PickData } from "./PickData";
import { Results } from "./Results";
import { RunOptions, type AsOfChoice } from "./RunOptions";
import { RunProgress } from "./RunProgress";

type Step = "pick" | "map" | "options" | "running" | "results";

interface Notice {
  intent: "error" | "warning" | "info" | "success";
  title: string;
  lines: string[];
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Today in UTC, as the command line reads it. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function asOfRule(choice: AsOfChoice): AsOfRule {
  if (choice.kind === "date") return { date: choice.date };
  if (choice.kind === "fromRow") return { fromRow: true, fallback: todayIso() };
  return { date: todayIso() };
}

/** Hands bytes to the browser as a download (nothing leaves the machine). */
function saveFile(name: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A bug is said once, plainly; the details go to the console for whoever fixes it. */
function noticeFor(error: unknown, doing: string): Notice {
  if (error instanceof UserError)
    return { intent: "error", title: `Could not ${doing}`, lines: [error.message] };
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return {
    intent: "error",
    title: `Could not ${doing}`,
    lines: [
      `Something unexpected went wrong (${detail}). Nothing was changed after the last completed step.`,
    ],
  };
}

export function App({ source, lists }: { source: DataSource; lists: ListStore }) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>("pick");
  const [scopes, setScopes] = useState<ScopeOption[]>([]);
  const [scopeId, setScopeId] = useState("table");
  const [fileName, setFileName] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [table, setTable] = useState<TableRead | undefined>();
  const [explicit, setExplicit] = useState<Record<string, CanonicalField | null>>({});
  const [asOf, setAsOf] = useState<AsOfChoice>({ kind: "today" });
  const [target, setTarget] = useState<ResultTarget>("right");
  const [note, setNote] = useState("");
  const [progress, setProgress] = useState({ done: 0, total: 0, phase: "" });
  const [outcome, setOutcome] = useState<RunOutcome | undefined>();
  const [confirm, setConfirm] = useState<ResultPlacement | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  const [inUse, setInUse] = useState<ListInUse | undefined>();
  const [listLoading, setListLoading] = useState(true);
  const [remembered, setRemembered] = useState<ListStats | undefined>();
  const [pendingList, setPendingList] = useState<PendingListFile | undefined>();
  const [listMessage, setListMessage] = useState<ListMessage | undefined>();
  const [listBusy, setListBusy] = useState(false);
  const [clearances, setClearances] = useState<Clearance[]>([]);
  /** The list the shown results were screened against (clearances need its entries). */
  const [runList, setRunList] = useState<ListInUse | undefined>();
  const today = todayIso();
  const listView = useMemo(() => (inUse ? describeList(inUse, today) : undefined), [inUse, today]);

  useEffect(() => {
    let live = true;
    lists
      .currentListEntry()
      .then(
        (entry) => {
          if (live) setInUse((prev) => prev ?? inUseFromStore(entry));
        },
        (error: unknown) => {
          if (live)
            setListMessage({
              intent: "error",
              title: "The bundled restricted-party list could not be loaded",
              lines: [errorText(error), "Load a Consolidated Screening List file below."],
            });
        },
      )
      .finally(() => {
        if (live) setListLoading(false);
      });
    source
      .loadListStats()
      .then((stats) => {
        if (live) setRemembered(stats);
      })
      .catch(() => undefined);
    if (source.kind === "excel")
      source
        .loadClearances()
        .then((found) => {
          if (live) setClearances(found);
        })
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lists, source]);

  const onPickList = useCallback(async (file: File) => {
    setListMessage(undefined);
    try {
      const text = await file.text();
      setPendingList({
        name: file.name,
        text,
        listDate: dayOf(file.lastModified || Date.now()),
        isCsv: /\.csv$/i.test(file.name),
      });
    } catch (error: unknown) {
      setListMessage({
        intent: "error",
        title: `${file.name} could not be read`,
        lines: [errorText(error)],
      });
    }
  }, []);

  const onLoadList = useCallback(async () => {
    const pending = pendingList;
    if (!pending) return;
    setListBusy(true);
    setListMessage({ intent: "info", title: `Reading ${pending.name}…`, lines: [] });
    await yieldToUi();
    try {
      const result = loadListFile(pending, comparisonStats(remembered, inUse));
      if (!result.ok) {
        setListMessage({ intent: "error", title: result.title, lines: result.problems });
      } else {
        lists.setList(result.inUse.loaded, pending.name);
        setInUse(result.inUse);
        setRemembered(result.inUse.loaded.stats);
        await source.saveListStats(result.inUse.loaded.stats);
        setListMessage({
          intent: "success",
          title: `Names are now screened against ${pending.name}`,
          lines: result.notes,
        });
      }
    } catch (error: unknown) {
      setListMessage({
        intent: "error",
        title: `${pending.name} could not be loaded; the list in use is unchanged`,
        lines: [errorText(error)],
      });
    } finally {
      setPendingList(undefined);
      setListBusy(false);
    }
  }, [pendingList, remembered, inUse, lists, source]);

  const saveClearances = useCallback(
    async (next: Clearance[]) => {
      setClearances(next);
      await source.saveClearances(next);
    },
    [source],
  );

  const onClear = useCallback(
    async (clearance: Clearance) => {
      await saveClearances(mergeClearances(clearances, [clearance]));
    },
    [clearances, saveClearances],
  );

  const onImportClearances = useCallback(
    async (file: File) => {
      try {
        const { clearances: found, problems } = readClearances(await file.text());
        const next = mergeClearances(clearances, found);
        await saveClearances(next);
        setListMessage({
          intent: problems.length > 0 ? "warning" : "success",
          title: `${found.length} clearance${found.length === 1 ? "" : "s"} imported from ${file.name}`,
          lines: [
            ...problems,
            `${next.length} in all; they apply from the next screening${source.kind === "file" ? " and are saved in the screened workbook" : " and are saved in this workbook"}.`,
          ],
        });
      } catch (error: unknown) {
        setListMessage({
          intent: "error",
          title: `${file.name} could not be imported`,
          lines: [errorText(error)],
        });
      }
    },
    [clearances, saveClearances, source],
  );

  const mapping = useMemo(
    () => (table ? mapHeaders(table.headers, explicit) : undefined),
    [table, explicit],
  );

  const loadScopes = useCallback(async () => {
    const list = await source.scopes();
    setScopes(list);
    const first = list[0];
    if (first && !list.some((s) => s.id === scopeId)) setScopeId(first.id);
    return list;
  }, [source, scopeId]);

  const onFile = useCallback(
    async (file: File) => {
      if (!(source instanceof FileSource)) return;
      setBusy(true);
      setNotice(undefined);
      setTable(undefined);
      try {
        await source.open(file.name, await file.arrayBuffer());
        setFileName(file.name);
        const fromBook = await source.loadClearances();
        setClearances((prev) => mergeClearances(fromBook, prev));
        const list = await loadScopes();
        if (list.length === 0)
          throw new UserError(`${file.name} has no sheet with data to screen.`);
        setScopeId(list[0]?.id ?? "");
      } catch (error: unknown) {
        setNotice(noticeFor(error, `open ${file.name}`));
        setFileName("");
        setScopes([]);
      } finally {
        setBusy(false);
      }
    },
    [source, loadScopes],
  );

  const onRead = useCallback(async () => {
    setBusy(true);
    setNotice(undefined);
    const controller = new AbortController();
    abort.current = controller;
    try {
      setProgress({ done: 0, total: 0, phase: "Reading" });
      const read = await source.readTable(
        scopeId,
        (done, total) => setProgress({ done, total, phase: "Reading" }),
        controller.signal,
      );
      const saved: SavedSettings | undefined = await source.loadSettings(
        read.location.sheet,
        read.headers,
      );
      setTable(read);
      setExplicit(saved?.explicit ?? {});
      if (saved?.asOf) setAsOf(saved.asOf);
      if (saved?.target) setTarget(saved.target);
      const lines = [
        `${read.rows.length.toLocaleString("en-US")} rows with data in ${read.location.label}; header row ${read.location.headerRow}.`,
        ...(saved ? ["The column mapping saved with this workbook was applied."] : []),
        ...read.warnings,
      ];
      setNotice({
        intent: read.warnings.length > 0 ? "warning" : "info",
        title: "Data read",
        lines,
      });
      setStep("map");
    } catch (error: unknown) {
      setNotice(noticeFor(error, "read the data"));
    } finally {
      setBusy(false);
    }
  }, [source, scopeId]);

  const start = useCallback(
    async (placement: ResultPlacement) => {
      if (!table || !mapping) return;
      const controller = new AbortController();
      abort.current = controller;
      setStep("running");
      setNotice(undefined);
      setProgress({ done: 0, total: table.rows.length, phase: "Screening" });
      try {
        await source.saveSettings(table.location.sheet, table.headers, {
          explicit: explicitFromMapping(table.headers, mapping),
          asOf,
          target,
        });
        if (clearances.length > 0) await source.saveClearances(clearances);
        let list = inUse;
        if (!list) {
          setProgress({ done: 0, total: table.rows.length, phase: "Loading the list" });
          list = await lists.currentListEntry().then(inUseFromStore, () => undefined);
          if (list) setInUse(list);
        }
        const present = new Set(mapping.fields.filter((f): f is CanonicalField => f !== null));
        const parties: PartySetup =
          list || !NAME_FIELDS.some((f) => present.has(f))
            ? partySetup(list, present, clearances, todayIso())
            : {
                extraChecks: [],
                notes: [
                  "names were not screened against a restricted-party list: the list could not be loaded.",
                ],
                listSnapshot: "",
              };
        const result = await runScreening({
          source,
          table,
          mapping,
          asOf: asOfRule(asOf),
          placement,
          note,
          now: new Date(),
          signal: controller.signal,
          onProgress: (done, total) => setProgress({ done, total, phase: "Screening" }),
          parties,
        });
        setRunList(parties.extraChecks.length > 0 ? list : undefined);
        setOutcome(result);
        setNotice(
          result.cancelled
            ? {
                intent: "warning",
                title: "Screening cancelled",
                lines: [
                  result.note ?? "",
                  "Every written row is complete; the Summary and Audit say where the results stop.",
                ],
              }
            : {
                intent: "success",
                title: "Screening complete",
                lines: [
                  `${result.results.length.toLocaleString("en-US")} rows screened as of ${result.asOfRule}; results on sheet "${result.placement.sheet}".`,
                ],
              },
        );
        setStep("results");
      } catch (error: unknown) {
        setNotice(noticeFor(error, "finish the screening"));
        setStep("options");
      }
    },
    [source, table, mapping, asOf, target, note, clearances, inUse, lists],
  );

  const onRun = useCallback(async () => {
    if (!table) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const placement = await source.placeResults(table.location, target, RESULT_HEADERS);
      if (placement.occupied) setConfirm(placement);
      else await start(placement);
    } catch (error: unknown) {
      setNotice(noticeFor(error, "start the screening"));
    } finally {
      setBusy(false);
    }
  }, [source, table, target, start]);

  const onOverwrite = useCallback(
    async (choice: "overwrite" | "sheet" | "cancel") => {
      const placement = confirm;
      setConfirm(undefined);
      if (!placement || !table || choice === "cancel") return;
      if (choice === "overwrite") await start(placement);
      else {
        setTarget("sheet");
        await start(await source.placeResults(table.location, "sheet", RESULT_HEADERS));
      }
    },
    [confirm, source, table, start],
  );

  const onDownload = useCallback(async () => {
    if (!(source instanceof FileSource)) return;
    try {
      const { name, bytes } = await source.download();
      saveFile(name, bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } catch (error: unknown) {
      setNotice(noticeFor(error, "prepare the download"));
    }
  }, [source]);

  const restart = useCallback(() => {
    setOutcome(undefined);
    setTable(undefined);
    setNotice(undefined);
    setStep("pick");
  }, []);

  return (
    <main className={styles.root} aria-busy={busy || step === "running"}>
      <header className={styles.header}>
        <Title3 as="h1">Chipscreen</Title3>
        <Text size={200}>
          {source.kind === "excel"
            ? "Screens the rows of this workbook for US export-control risk on advanced chips."
            : "Standalone workbench: open an .xlsx or .csv file. It is read and screened inside this page; nothing is uploaded."}
        </Text>
      </header>
      {notice && (
        <MessageBar
          intent={notice.intent}
          layout="multiline"
          role={notice.intent === "error" ? "alert" : "status"}
        >
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.lines.filter(Boolean).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {step !== "running" && (
        <ListPanel
          view={listView}
          compact={step !== "pick"}
          loading={listLoading}
          busy={listBusy}
          remembered={remembered}
          pending={pendingList}
          message={listMessage}
          clearances={clearances.length}
          canImportClearances
          onPick={(file) => void onPickList(file)}
          onPendingDate={(date) => setPendingList((p) => (p ? { ...p, listDate: date } : p))}
          onLoad={() => void onLoadList()}
          onCancelPending={() => setPendingList(undefined)}
          onImportClearances={(file) => void onImportClearances(file)}
          onExportClearances={() =>
            saveFile(
              "chipscreen-clearances.json",
              serializeClearances(clearances) + "\n",
              "application/json",
            )
          }
        />
      )}
      {step === "pick" && (
        <PickData
          mode={source.kind}
          scopes={scopes}
          scopeId={scopeId}
          fileName={fileName}
          busy={busy}
          progress={progress}
          onLoadScopes={loadScopes}
          onScope={setScopeId}
          onFile={onFile}
          onRead={onRead}
        />
      )}
      {step === "map" && table && mapping && (
        <MapColumns
          table={table}
          mapping={mapping}
          onChange={(header, field) =>
            setExplicit({ ...explicitFromMapping(table.headers, mapping), [header]: field })
          }
          onBack={() => setStep("pick")}
          onNext={() => setStep("options")}
        />
      )}
      {step === "options" && table && (
        <RunOptions
          mode={source.kind}
          asOf={asOf}
          target={target}
          note={note}
          busy={busy}
          hasTransactionDate={mapping?.fields.includes("transaction_date") ?? false}
          onAsOf={setAsOf}
          onTarget={setTarget}
          onNote={setNote}
          onBack={() => setStep("map")}
          onRun={onRun}
        />
      )}
      {step === "running" && (
        <RunProgress
          done={progress.done}
          total={progress.total}
          onCancel={() => abort.current?.abort()}
        />
      )}
      {step === "results" && outcome && table && (
        <Results
          outcome={outcome}
          table={table}
          mapping={mapping}
          mode={source.kind}
          onSelect={(row) =>
            source
              .select(table.location, outcome.placement, row)
              .catch((error: unknown) => setNotice(noticeFor(error, "select the row")))
          }
          clearing={
            runList
              ? {
                  loaded: runList.loaded,
                  clearances,
                  today,
                  onClear,
                }
              : undefined
          }
          onDownload={onDownload}
          onRestart={restart}
        />
      )}
      <OverwriteDialog placement={confirm} onChoose={(choice) => void onOverwrite(choice)} />
    </main>
  );
}
