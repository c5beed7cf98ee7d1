/** The corpus test's pins (pins.json): per table, the flags found and the errors on clean rows. */
import * as path from "node:path";

export const PINS_FILE = path.join(__dirname, "pins.json");

export interface Pins {
  tables: Record<string, { recalled: number; keyFlags: number; cleanRowErrors: number }>;
}
