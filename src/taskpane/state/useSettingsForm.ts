/**
 * The settings panel's state: a draft of the workbook's settings (the saved ones until the user
 * changes something), the organisation's profile read from a JSON file, and saving, which writes
 * the settings into the workbook and checks it again where the change matters.
 */
import { useState } from "react";
import { parseProfile } from "../../core/profiles/schema";
import type { SeveritySetting } from "../../core/profiles/schema";
import type { Settings } from "../../core/settings";
import type { MessageData, MessageId } from "../i18n/messages";
import type { JixiaoActions, JixiaoState } from "./useJixiao";

export interface FileProblem {
  id: MessageId;
  data: MessageData;
}

/** A profile file's text as a profile, or the sentence saying what is wrong and where. */
export function readProfileFile(
  name: string,
  text: string,
): { ok: true; profile: Settings["customProfile"] } | { ok: false; problem: FileProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    return {
      ok: false,
      problem: {
        id: "settings.fileNotJson",
        data: { file: name, detail: error instanceof Error ? error.message : String(error) },
      },
    };
  }
  const parsed = parseProfile(json);
  if (!parsed.ok)
    return {
      ok: false,
      problem: { id: "settings.fileNotProfile", data: { file: name, detail: parsed.error } },
    };
  return { ok: true, profile: parsed.profile };
}

/** Satisfaction floor as typed: "" keeps the profile's; else a number from 0 to 100. */
export function readFloor(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed.replace(/[%％]$/, ""));
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

export function useSettingsForm(state: JixiaoState, actions: JixiaoActions) {
  const [draft, setDraft] = useState<Settings | null>(null);
  const [floorText, setFloorText] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  const settings = draft ?? state.settings;
  const floor = floorText ?? (settings.satisfactionFloor === null ? "" : String(settings.satisfactionFloor));
  const floorValue = readFloor(floor);

  const change = (patch: Partial<Settings>) => setDraft({ ...settings, ...patch });

  return {
    settings,
    dirty: draft !== null || floorText !== null,
    floor,
    floorInvalid: floorValue === undefined,
    fileProblem,
    change,
    setFloor: (text: string) => setFloorText(text),
    setSeverity: (rule: string, severity: SeveritySetting | "default") => {
      const severities = { ...settings.severities };
      if (severity === "default") delete severities[rule];
      else severities[rule] = severity;
      change({ severities });
    },
    /** Reads an organisation's profile from a JSON file; a bad file is named with what is wrong. */
    loadProfileFile: async (file: File) => {
      const text = await readText(file);
      const read = readProfileFile(file.name, text);
      if (!read.ok) {
        setFileProblem(read.problem);
        return;
      }
      setFileProblem(null);
      change({ profile: "custom", customProfile: read.profile });
    },
    save: async () => {
      if (floorValue === undefined) return;
      const next: Settings = { ...settings, satisfactionFloor: floorValue };
      // "custom" without a profile would check against nothing: keep auto until a file is chosen.
      if (next.profile === "custom" && !next.customProfile) next.profile = "auto";
      await actions.saveSettings(next);
      setDraft(null);
      setFloorText(null);
    },
    discard: () => {
      setDraft(null);
      setFloorText(null);
      setFileProblem(null);
    },
    restoreDefaults: (defaults: Settings) => {
      setDraft({ ...defaults });
      setFloorText(null);
    },
  };
}

function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
