/**
 * A small in-memory Excel for the Excel data source's tests. Range proxies are office-addin-mock
 * objects (so reading a property that was not loaded and synced gives the mock's error string, as
 * Excel would fail); the grid, sheets, settings and the per-sync payload log live here.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../src/rules";
import { rowBytes } from "../../src/taskpane/engine/chunks";

type Cell = string | number | boolean | null;

export class FakeSheet {
  cells = new Map<string, Cell>();
  protected = false;
  merged: string[] = [];
  bold = new Set<string>();
  conditionalFormats: {
    address: string;
    type: string;
    colour: string;
    operator: string;
    text: string;
  }[] = [];
  constructor(public name: string) {}
  get(row: number, col: number): Cell {
    return this.cells.get(`${row},${col}`) ?? null;
  }
  set(row: number, col: number, value: Cell): void {
    if (value === null || value === "") this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, value);
  }
  /** Fills from a 0-based corner. */
  put(row: number, col: number, values: Cell[][]): void {
    values.forEach((r, i) => r.forEach((v, j) => this.set(row + i, col + j, v)));
  }
  used(): { row: number; col: number; rows: number; cols: number } | null {
    if (this.cells.size === 0) return null;
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
  row(r: number, c0: number, n: number): Cell[] {
    return Array.from({ length: n }, (_, j) => this.get(r, c0 + j));
  }
}

export function a1(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetter(col)}${row + 1}`;
  const end = `${columnLetter(col + cols - 1)}${row + rows}`;
  return start === end ? start : `${start}:${end}`;
}

interface Pending {
  proxy: OfficeMockObject & Record<string, unknown>;
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
  loaded: unknown;
}

export interface SyncRecord {
  /** Bytes of cell values written by this sync. */
  written: number;
  /** Bytes of cell values read by this sync. */
  read: number;
  suspended: boolean;
}

export class FakeExcel {
  sheets = new Map<string, FakeSheet>();
  active: string;
  selection: { row: number; col: number; rows: number; cols: number };
  tables: { name: string; sheet: string; row: number; col: number; rows: number; cols: number }[] =
    [];
  settings = new Map<string, string>();
  syncs: SyncRecord[] = [];
  selected: string[] = [];
  /** Used-range size the fake reports for the active sheet instead of its cells (a whole-column selection). */
  claimedRows: number | undefined;

  constructor(first = "Deals") {
    this.sheets.set(first, new FakeSheet(first));
    this.active = first;
    this.selection = { row: 0, col: 0, rows: 1, cols: 1 };
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
    return s;
  }

  /** The global `Excel` the source calls. */
  install(): void {
    (globalThis as { Excel?: unknown }).Excel = {
      run: <T>(cb: (context: unknown) => Promise<T>) => cb(this.context()),
    };
  }

  private context(): unknown {
    const pending: Pending[] = [];
    const others: OfficeMockObject[] = [];
    let suspended = false;
    const range = (sheet: FakeSheet, row: number, col: number, rows: number, cols: number) => {
      const values: Cell[][] = Array.from({ length: rows }, (_, i) =>
        sheet.row(row + i, col, cols),
      );
      const proxy = new OfficeMockObject({
        values,
        address: `${sheet.name}!${a1(row, col, rows, cols)}`,
        rowIndex: row,
        columnIndex: col,
        rowCount: rows,
        columnCount: cols,
        isNullObject: false,
        worksheet: { name: sheet.name },
        format: { font: {} },
        conditionalFormats: {
          add: (type: string) => {
            const rule = {
              textComparison: { format: { fill: { color: "" } }, rule: { operator: "", text: "" } },
            };
            cfs.push({ rule, type });
            return rule;
          },
        },
        getTables: () => ({
          load: () => undefined,
          items: this.tables
            .filter(
              (t) =>
                t.sheet === sheet.name &&
                row >= t.row &&
                row < t.row + t.rows &&
                col >= t.col &&
                col < t.col + t.cols,
            )
            .map((t) => ({
              name: t.name,
              getRange: () => range(this.sheet(t.sheet), t.row, t.col, t.rows, t.cols),
            })),
        }),
        getUsedRangeOrNullObject: () => {
          // The address of the first non-empty cell stands for the used area: the source only reports it.
          let found: string | null = null;
          for (const key of sheet.cells.keys()) {
            const [r, c] = key.split(",").map(Number) as [number, number];
            if (r >= row && r < row + rows && c >= col && c < col + cols) {
              found = `${sheet.name}!${a1(r, c, 1, 1)}`;
              break;
            }
          }
          return nullable(found);
        },
        getMergedAreasOrNullObject: () => {
          const hits = sheet.merged.filter((m) => Number(/\d+/.exec(m)?.[0]) === row + 1);
          return nullable(hits.length ? hits.map((m) => `${sheet.name}!${m}`).join(",") : null);
        },
        select: () => {
          this.selected.push(`${sheet.name}!${a1(row, col, rows, cols)}`);
        },
      }) as OfficeMockObject & Record<string, unknown>;
      const cfs: {
        rule: {
          textComparison: {
            format: { fill: { color: string } };
            rule: { operator: string; text: string };
          };
        };
        type: string;
      }[] = [];
      pending.push({ proxy, sheet, row, col, rows, cols, loaded: undefined });
      cfRegistry.push({ sheet, address: a1(row, col, rows, cols), cfs });
      return proxy;
    };
    const cfRegistry: {
      sheet: FakeSheet;
      address: string;
      cfs: {
        rule: {
          textComparison: {
            format: { fill: { color: string } };
            rule: { operator: string; text: string };
          };
        };
        type: string;
      }[];
    }[] = [];
    const nullable = (address: string | null) => {
      const mock = new OfficeMockObject({ address: address ?? "", isNullObject: address === null });
      others.push(mock);
      return mock;
    };
    const worksheet = (sheet: FakeSheet) => {
      const protection = new OfficeMockObject({ protected: sheet.protected });
      others.push(protection);
      return {
        name: sheet.name,
        isNullObject: false,
        protection,
        activate: () => {
          this.active = sheet.name;
        },
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
          range(sheet, row, col, rows, cols),
        getUsedRangeOrNullObject: () => {
          if (sheet.name === this.active && this.claimedRows !== undefined) {
            const mock = new OfficeMockObject({
              address: `${sheet.name}!A1:D${this.claimedRows}`,
              rowIndex: 0,
              columnIndex: 0,
              rowCount: this.claimedRows,
              columnCount: 4,
              isNullObject: false,
              worksheet: { name: sheet.name },
            });
            others.push(mock);
            return mock;
          }
          const u = sheet.used();
          if (!u) return nullable(null);
          return range(sheet, u.row, u.col, u.rows, u.cols);
        },
      };
    };
    const sheets = this.sheets;
    const sheetsApi = {
      load: () => undefined,
      get items() {
        return [...sheets.values()].map((s) => ({ name: s.name }));
      },
      getItem: (name: string) => worksheet(this.sheet(name)),
      getItemOrNullObject: (name: string) => {
        const s = this.sheets.get(name);
        return s ? worksheet(s) : { isNullObject: true };
      },
      add: (name: string) => {
        if (this.sheets.has(name))
          throw Object.assign(new Error(`sheet ${name} exists`), { code: "ItemAlreadyExists" });
        const s = new FakeSheet(name);
        this.sheets.set(name, s);
        return worksheet(s);
      },
      getActiveWorksheet: () => worksheet(this.sheet(this.active)),
    };
    const workbook = {
      worksheets: sheetsApi,
      getSelectedRange: () =>
        range(
          this.sheet(this.active),
          this.selection.row,
          this.selection.col,
          this.selection.rows,
          this.selection.cols,
        ),
      application: {
        suspendApiCalculationUntilNextSync: () => {
          suspended = true;
        },
      },
      settings: {
        getItemOrNullObject: (key: string) => {
          const mock = new OfficeMockObject({
            value: this.settings.get(key) ?? "",
            isNullObject: !this.settings.has(key),
          });
          others.push(mock);
          return mock;
        },
        add: (key: string, value: string) => {
          this.settings.set(key, value);
        },
      },
    };
    const sync = async () => {
      const record: SyncRecord = { written: 0, read: 0, suspended };
      for (const p of pending.splice(0)) {
        const assigned = p.proxy["values"];
        if (Array.isArray(assigned) && assigned !== p.loaded) {
          const rows = assigned as Cell[][];
          if (rows.length !== p.rows || rows.some((r) => r.length !== p.cols)) {
            throw Object.assign(
              new Error(
                "The number of rows or columns in the input array doesn't match the size of the range.",
              ),
              { code: "InvalidArgument" },
            );
          }
          if (p.sheet.protected)
            throw Object.assign(
              new Error("The cell or chart you're trying to change is on a protected sheet."),
              { code: "AccessDenied" },
            );
          for (const r of rows) record.written += rowBytes(r);
          p.sheet.put(p.row, p.col, rows);
        }
        const bold = (p.proxy as unknown as { format: { font: { bold?: unknown } } }).format.font
          .bold;
        if (bold === true)
          for (let j = 0; j < p.cols; j++) p.sheet.bold.add(`${p.row},${p.col + j}`);
        const before = p.proxy["values"];
        await p.proxy.sync();
        const after = p.proxy["values"];
        if (Array.isArray(after) && after !== before)
          for (const r of after as Cell[][]) record.read += rowBytes(r);
        p.loaded = after;
      }
      for (const entry of cfRegistry.splice(0)) {
        for (const cf of entry.cfs) {
          entry.sheet.conditionalFormats.push({
            address: entry.address,
            type: cf.type,
            colour: cf.rule.textComparison.format.fill.color,
            operator: cf.rule.textComparison.rule.operator,
            text: cf.rule.textComparison.rule.text,
          });
        }
      }
      for (const o of others.splice(0)) await o.sync();
      suspended = false;
      this.syncs.push(record);
    };
    return { workbook, sync };
  }
}
