/** SettingCollection and Setting of the office.js fake: the add-in's key/value store, kept as JSON text. (excel-api.ts lists them all.) */
import {
  ClientObjectBase,
  ClientResult,
  payloadSize,
  REQUIRE,
  RESOLVE_WITH,
  RUN_LOAD,
  SyncRun,
  type LoadTree,
  type ScalarSpec,
  SettableObject,
} from "./api-core";
import { OfficeError } from "../../workbook/office-error";
import type { WorkbookModel } from "../../workbook/workbook-model";
import { invalid } from "./context";
import { itemLoadTree, itemsNotLoaded, queueResolve } from "./range";

/**
 * `Excel.SettingCollection` (ExcelApi 1.4): the add-in's key/value store, saved in the workbook (the
 * model), so a new session on the same model reads what an earlier one wrote. Values go through JSON.
 */
export class SettingCollection extends ClientObjectBase<WorkbookModel> {
  protected readonly typeName = "SettingCollection";
  private loadedItems: Setting[] | undefined;

  protected scalars(): Record<string, ScalarSpec<WorkbookModel>> {
    return {};
  }

  protected resolveTarget(): WorkbookModel {
    this.gate("add");
    return this.context.host.model;
  }

  get items(): Setting[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const model = this[REQUIRE](run);
    const items = [...model.settings.keys()].map((key) => new Setting(this.context, () => key));
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): Setting {
    this.queue("add", (model) => {
      model.settings.set(checkKey(key), serialize(value));
      model.notify({ kind: "settings", sheetId: null });
    });
    return new Setting(this.context, () => key);
  }

  getItem(key: string): Setting {
    return new Setting(this.context, (run) => {
      if (!this[REQUIRE](run).settings.has(key))
        throw new OfficeError("ItemNotFound", `There is no setting "${key}".`);
      return key;
    });
  }

  getItemOrNullObject(key: string): Setting {
    const setting = new Setting(this.context, (run) => (this[REQUIRE](run).settings.has(key) ? key : null));
    queueResolve(this.context, setting, "SettingCollection.getItemOrNullObject");
    return setting;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (model, run) => {
      const count = model.settings.size;
      run.commits.push(() => result[RESOLVE_WITH](count));
    });
    return result;
  }
}

export function checkKey(key: unknown): string {
  if (typeof key !== "string" || key.length === 0) throw invalid("A setting needs a non-empty key.");
  return key;
}

export function serialize(value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) throw invalid("A setting's value must be serializable to JSON.");
  // Settings travel in the request; a value over the web's 5 MB request limit could never be saved.
  if (payloadSize(json) > 5 * 1024 * 1024) throw invalid("The setting's value is too large.");
  return json;
}

/** `Excel.Setting`: `key`, `value` (a JSON round trip of what was stored), `delete()`. */
export class Setting extends SettableObject<string> {
  protected readonly typeName = "Setting";

  protected scalars(): Record<string, ScalarSpec<string>> {
    return {
      key: { read: (key) => key },
      value: {
        read: (key, run) => {
          const json = run.host.model.settings.get(key);
          if (json === undefined) throw new OfficeError("ItemNotFound", `The setting "${key}" was deleted.`);
          return JSON.parse(json) as unknown;
        },
      },
    };
  }

  protected override resolveTarget(run: SyncRun): string | null {
    this.gate("key");
    return this.locate(run);
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }

  set value(value: unknown) {
    this.queue("value", (key, run) => {
      run.host.model.settings.set(key, serialize(value));
      run.host.model.notify({ kind: "settings", sheetId: null });
    });
  }

  delete(): void {
    this.queue("delete", (key, run) => {
      run.host.model.settings.delete(key);
      run.host.model.notify({ kind: "settings", sheetId: null });
    });
  }
}
