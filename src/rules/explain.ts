import type { FindingDef, RulePack } from "./model/pack";
import { citationText } from "./packs/as-of";
import { defaultPack } from "./packs/default-pack";

export interface Explanation {
  id: string;
  title: string;
  description: string;
  citation: string;
  source: string;
}

/** Title, plain-English description and citation of a finding id (case-insensitive); undefined if unknown. */
export function explain(id: string, pack: RulePack = defaultPack): Explanation | undefined {
  const def: FindingDef | undefined = pack.findings.find(
    (f) => f.id.toUpperCase() === id.trim().toUpperCase(),
  );
  if (!def) return undefined;
  const citation = pack.citations[def.citation];
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    citation: citationText(pack, def.citation, def.paragraph),
    source: citation?.url ?? citation?.source ?? "",
  };
}
