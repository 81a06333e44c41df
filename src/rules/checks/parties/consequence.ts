import type { ListEntry, SourceCode } from "./list-model";
import { SOURCE_NAMES } from "./list-model";

/**
 * What a confirmed match on each list means for an export of items subject to the EAR.
 * ear-reference.md §6 and §9; 15 CFR 744.8, 744.11, 744.15, 744.21, Part 764.
 */
export type ConsequenceSeverity = "prohibited" | "license_required" | "restricted" | "review";

export interface Consequence {
  source: SourceCode;
  list: string;
  severity: ConsequenceSeverity;
  /** Whether a match is a LIC-LISTED licence basis (BIS lists and 744.8 SDN programmes). */
  licenseBasis: boolean;
  /** One clause, no trailing period, for use inside a finding message. */
  summary: string;
  /** The provision it rests on. */
  citation: string;
}

/** Entity List footnotes and the foreign-direct-product rules they switch on. */
export const FOOTNOTE_RULES: Record<number, string> = {
  1: "footnote 1: foreign-direct-product rule 734.9(e)(1) reaches foreign-made items",
  2: "footnote 2 (meaning not confirmed; printed beside footnote 1)",
  3: "footnote 3: Russia/Belarus military-end-user foreign-direct-product rule 734.9(g)",
  4: "footnote 4: foreign-direct-product rule 734.9(e)(2) reaches foreign-made items",
  5: "footnote 5: foreign-direct-product rule 734.9(e)(3) reaches foreign-made semiconductor manufacturing equipment",
};

/**
 * Entity List footnote numbers from the licence-requirement text. BIS prints them as bare digits:
 * after the FDP paragraph ("734.9(e)1", "734.9(g),3", "734.9(g), 3") or after the closing text
 * ("… 744.11 of the EAR)4", "… of the EAR 2", "… EAR)2.").
 */
export function readFootnotes(text: string): number[] {
  const found = new Set<number>();
  const inline = /734\.9\([eg]\)(?:\(\d\))?\s?,?\s?(\d)(?![\d(.])/g;
  for (const m of text.matchAll(inline)) found.add(Number(m[1]));
  const trailing = /EAR\s*\.?\s*\)?\s*(\d)\s*\.?\s*$/;
  const t = trailing.exec(text.trim());
  if (t) found.add(Number(t[1]));
  return [...found].filter((n) => n >= 1 && n <= 9).sort((a, b) => a - b);
}

/** OFAC programmes whose SDNs also need an EAR licence under 744.8(a)(1). */
export const EAR_744_8_PROGRAMS = ["SDGT", "SDT", "FTO", "NPWMD"] as const;

function has744_8Program(programs: readonly string[]): string | null {
  for (const p of programs) {
    for (const part of p.toUpperCase().split(/[\s;,]+/)) {
      const code = part.replace(/^\[|\]$/g, "");
      if ((EAR_744_8_PROGRAMS as readonly string[]).includes(code)) return code;
    }
  }
  return null;
}

export function consequenceOf(entry: ListEntry): Consequence {
  const list = SOURCE_NAMES[entry.source];
  const base = { source: entry.source, list };
  switch (entry.source) {
    case "EL": {
      const req = (entry.licenseRequirement ?? "licence requirement as stated in the entry")
        .replace(/\s+/g, " ")
        .replace(/[.\s]+$/, "");
      const notes = entry.footnotes.map((n) => FOOTNOTE_RULES[n] ?? `footnote ${n}`);
      const tail = notes.length > 0 ? `; ${notes.join("; ")}` : "";
      return {
        ...base,
        severity: "license_required",
        licenseBasis: true,
        summary: `licence required under 744.11 (${shorten(req, 90)}), no licence exceptions (744.16)${tail}`,
        citation: "15 CFR 744.11 and Supp. No. 4 to Part 744",
      };
    }
    case "DPL":
      return {
        ...base,
        severity: "prohibited",
        licenseBasis: true,
        summary:
          "a denial order bars any dealing in items subject to the EAR with this party (Part 764)",
        citation: "15 CFR 764.3 and Supp. No. 2 to Part 764",
      };
    case "UVL":
      return {
        ...base,
        severity: "restricted",
        licenseBasis: true,
        summary:
          "no licence exceptions may be used and a UVL statement must be obtained before shipping (744.15)",
        citation: "15 CFR 744.15 and Supp. No. 6 to Part 744",
      };
    case "MEU":
      return {
        ...base,
        severity: "license_required",
        licenseBasis: true,
        summary:
          "licence required for items in Supp. No. 2 to Part 744 as a listed military end user (744.21)",
        citation: "15 CFR 744.21 and Supp. No. 7 to Part 744",
      };
    case "SDN": {
      const p = has744_8Program(entry.programs);
      return {
        ...base,
        severity: "prohibited",
        licenseBasis: p !== null,
        summary:
          p !== null
            ? `property blocked by OFAC and, as a ${p} designation, an EAR licence is required for all items (744.8)`
            : `property blocked by OFAC (programmes: ${entry.programs.join(", ") || "not given"}); dealings need OFAC authorisation`,
        citation: p !== null ? "15 CFR 744.8; 31 CFR Chapter V (OFAC)" : "31 CFR Chapter V (OFAC)",
      };
    }
    default:
      return {
        ...base,
        severity: "review",
        licenseBasis: false,
        summary: `listed by a non-BIS programme (${list}); read the entry and its notice before proceeding`,
        citation: "Consolidated Screening List (trade.gov)",
      };
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
