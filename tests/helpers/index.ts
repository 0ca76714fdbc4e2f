import { defaultCoreSettings } from "../../src/core/settings";
import { VaultIndex } from "../../src/core/vault/vault-index";
import { EXAMPLE_VAULT, readVault } from "./shared";

/** An index over in-memory files (default: examples/vault). */
export function indexOf(files: Record<string, string> = readVault(EXAMPLE_VAULT)): VaultIndex {
  const index = new VaultIndex(defaultCoreSettings());
  for (const [path, text] of Object.entries(files)) index.upsert(path, text);
  return index;
}
