import { RulePackSchema, type RulePack } from "../model/pack";
import packJson from "./ear-ac.json";
import { contentHash } from "./content-hash";

/** What adapters echo about the rule pack a result was computed with. */
export interface PackIdentity {
  id: string;
  version: string;
  hash: string;
}

/** Validates a pack; a broken pack is a bug and fails loudly, listing every problem with its path. */
export function loadRulePack(json: unknown): RulePack {
  const parsed = RulePackSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`rule pack is invalid:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const defaultPack: RulePack = loadRulePack(packJson);

const identities = new WeakMap<RulePack, PackIdentity>();

export function packIdentity(pack: RulePack): PackIdentity {
  let identity = identities.get(pack);
  if (!identity) {
    identity = { id: pack.id, version: pack.version, hash: contentHash(JSON.stringify(pack)) };
    identities.set(pack, identity);
  }
  return identity;
}
