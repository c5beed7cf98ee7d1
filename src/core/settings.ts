/**
 * The user's settings for a workbook: saved with the workbook (so a reviewer's choices travel with
 * the file) and read back through zod, so a damaged or older entry falls back to defaults.
 */
import { z } from "./zod";
import type { LintOptions } from "./lint";
import { ProfileSchema, SEVERITIES } from "./profiles/schema";

export const SettingsSchema = z.object({
  /** "auto" picks per table; or a built-in framework; or "custom" with the organisation's profile below. */
  profile: z.enum(["auto", "2015", "2021", "custom"]).catch("auto"),
  customProfile: ProfileSchema.nullable().catch(null),
  marks: z.boolean().catch(true),
  /**
   * Dropdown lists in the indicator columns: on the tables the add-in inserts ("inserted", the default),
   * also on every table it finds ("all", the user's choice: it writes to their tables), or on none.
   * A stored true or false (before the choice had three answers) reads as "inserted" or "off": a
   * workbook never starts getting lists it did not ask for.
   */
  dropdowns: z
    .preprocess(
      (v) => (v === true ? "inserted" : v === false ? "off" : v),
      z.enum(["inserted", "all", "off"]),
    )
    .catch("inserted"),
  lang: z.enum(["auto", "zh-CN", "en-US"]).catch("auto"),
  /** Overrides the profile's satisfaction floor (in %); null keeps the profile's. */
  satisfactionFloor: z.number().min(0).max(100).nullable().catch(null),
  severities: z.record(z.string(), z.enum([...SEVERITIES, "off"])).catch({}),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Settings from stored JSON text; anything unreadable gives the defaults for that field. */
export function parseSettings(text: string | null | undefined): Settings {
  if (!text) return DEFAULT_SETTINGS;
  try {
    return SettingsSchema.parse(JSON.parse(text));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function lintOptionsFrom(settings: Settings): LintOptions {
  const profile = settings.profile === "custom" ? (settings.customProfile ?? "auto") : settings.profile;
  return {
    profile,
    severities: settings.severities,
    satisfactionFloor: settings.satisfactionFloor ?? undefined,
  };
}
