/** Tests apply planned edits with the engine's own in-memory applier (src/core/apply-edits.ts). */
export { applyEdits, cloneGrid, type Book as TestBook, type Validation } from "../../src/core/apply-edits";
