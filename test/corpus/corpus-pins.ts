/**
 * The corpus test's pins (pins.json): per table, the flags found, the errors on clean rows and the
 * whole-table errors the key does not raise (absent in older pins: 0).
 */
import * as path from "node:path";

export const PINS_FILE = path.join(__dirname, "pins.json");

export interface Pins {
  tables: Record<
    string,
    { recalled: number; keyFlags: number; cleanRowErrors: number; tableErrors?: number }
  >;
}
