/**
 * The machinery under the office.js fake: the host (one Excel session: the workbook model, the API
 * version, platform quirks, cell-edit mode, registered event handlers) and the proxy base class with
 * office.js's load/sync discipline.
 *
 * How office.js behaves, and so how this behaves (office-js-docs-pr
 * docs/develop/application-specific-api-model.md):
 * - Proxies are placeholders. Setting a property or calling a method queues a command; nothing reaches
 *   the workbook until `context.sync()`, which runs the queue in order.
 * - A property is readable only after `load` and a `sync`; before, reading it throws PropertyNotLoaded
 *   with office.js's message. What a sync loads is a snapshot of the workbook at that point of the queue
 *   (a load queued after a write sees the write). Setting a property does not make it readable: the fake
 *   is stricter than office.js here (office.js may echo a value it has set), so code that reads what it
 *   has not loaded fails in tests.
 * - `*OrNullObject` methods return objects whose `isNullObject` is readable after the next sync.
 * - A failing command rejects the sync with the office.js error code. Commands before it stay applied
 *   and later ones are dropped: office.js batches are not transactional (Zlatkovsky, "Building Office
 *   Add-ins using Office.js", buildingofficeaddins.com/proxy-objects, "what happens on errors?").
 * - Events are delivered after the change is applied, from a later macrotask, never inside `sync()`.
 */
import { OfficeError, propertyNotLoaded } from "../../workbook/office-error";
import type { WorkbookModel } from "../../workbook/workbook-model";
import { UNDO_DEPTH, UndoStack, type UndoPlatform } from "./undo";

export type ApiVersion = `1.${number}`;

export interface PlatformBehaviour {
  /**
   * Whether a user's paste raises `onChanged`. Not on every platform: office-js issue #3899 (Windows,
   * copy-paste from another sheet raised no onChanged).
   */
  changeEventOnPaste: boolean;
  /**
   * Whether picking from an in-cell dropdown raises `onChanged`. Not on every platform: office-js issues
   * #420 (Windows desktop, 2019), #3888 and #4066 (Excel on the web, 2023-2024).
   */
  changeEventOnDropdownPick: boolean;
}

export interface Capabilities {
  /** The highest ExcelApi requirement set the host supports ("1.9", "1.13", "1.14", "1.17"). */
  apiVersion: ApiVersion;
  /**
   * What a member newer than `apiVersion` does. "ApiNotFound" (the default) is what real Excel does: the
   * office.js library comes from the CDN and always has every member, but an older host rejects the
   * sync with ApiNotFound (office-js-docs issue #643: the latest CDN alone is not enough, "you'd also
   * need to use the latest Excel client"). "absent" makes the member undefined instead, for code that
   * feature-tests by `typeof`; such code would break on real Excel, so use it only to show that.
   */
  missingApi: "ApiNotFound" | "absent";
  platform: PlatformBehaviour;
  /**
   * Excel on the web refuses requests and responses over 5 MB with ResponsePayloadSizeLimitExceeded
   * (office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md, "Excel add-ins").
   * The desktop has no such limit; the fake applies it everywhere (null turns it off), so an add-in that
   * passes here also passes on the web.
   */
  responsePayloadLimitBytes: number | null;
  /** "A range is limited to 5,000,000 cells for read operations" (same page). */
  readCellLimit: number;
  /**
   * The longest address list `Worksheet.getRanges` takes: Excel fails longer ones with InvalidArgument
   * at no documented size (office-js #5198, office-js-docs-pr #2255); 8,192 characters or 512 areas
   * here, lower in a test that wants to see the add-in split its lists.
   */
  addressLimit: { chars: number; areas: number };
  /**
   * The user's undo stack under add-in writes (undo.ts): whether they are undoable (ExcelUndoApiAll
   * 1.0; without it every write clears the stack) and on which host, for the APIs that clear it only
   * on the desktop.
   */
  undo: { addinWritesUndoable: boolean; platform: UndoPlatform; depth: number };
}

export const DEFAULT_CAPABILITIES: Capabilities = {
  apiVersion: "1.17",
  missingApi: "ApiNotFound",
  platform: { changeEventOnPaste: false, changeEventOnDropdownPick: false },
  responsePayloadLimitBytes: 5 * 1024 * 1024,
  readCellLimit: 5_000_000,
  addressLimit: { chars: 8192, areas: 512 },
  undo: { addinWritesUndoable: false, platform: "desktop", depth: UNDO_DEPTH },
};

/**
 * The real setTimeout, taken before a test can install fake timers: events still arrive, and `idle()`
 * still resolves, when a test fakes time for the add-in's own debounce.
 */
const realSetTimeout: typeof setTimeout = globalThis.setTimeout.bind(globalThis);

function later(callback: () => void): void {
  realSetTimeout(callback, 0);
}

/** True when `version` ("1.13") is at least `required`. */
export function versionAtLeast(version: string, required: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = required.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && (a2 ?? 0) >= (b2 ?? 0));
}

/**
 * ExcelApi requirement set of each member the fake implements above 1.1, from the `[Api set: ExcelApi
 * 1.x]` annotations in @types/office-js.
 */
export const API_SETS: Record<string, string> = {
  "RunOptions.mergeUndoGroup": "1.20",
  "Workbook.settings": "1.4",
  "Workbook.getActiveCell": "1.7",
  "Workbook.getSelectedRanges": "1.9",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.getCount": "1.4",
  "WorksheetCollection.getFirst": "1.5",
  "WorksheetCollection.getLast": "1.5",
  "WorksheetCollection.onActivated": "1.7",
  "WorksheetCollection.onDeactivated": "1.7",
  "WorksheetCollection.onAdded": "1.7",
  "WorksheetCollection.onDeleted": "1.7",
  "WorksheetCollection.onChanged": "1.9",
  "WorksheetCollection.onSelectionChanged": "1.9",
  "WorksheetCollection.onNameChanged": "1.17",
  "Worksheet.protection": "1.2",
  "Worksheet.setVisibility": "1.2",
  "Worksheet.getUsedRange": "1.1",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getRanges": "1.9",
  "Worksheet.onActivated": "1.7",
  "Worksheet.onDeactivated": "1.7",
  "Worksheet.onChanged": "1.7",
  "Worksheet.onSelectionChanged": "1.7",
  "Worksheet.onNameChanged": "1.17",
  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.unprotect": "1.2",
  "Range.conditionalFormats": "1.6",
  "Range.dataValidation": "1.8",
  "Range.hyperlink": "1.7",
  "Range.isEntireColumn": "1.7",
  "Range.isEntireRow": "1.7",
  "Range.numberFormatLocal": "1.7",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.getResizedRange": "1.2",
  "Range.getAbsoluteResizedRange": "1.7",
  "Range.getRowsAbove": "1.2",
  "Range.getRowsBelow": "1.2",
  "Range.getColumnsBefore": "1.2",
  "Range.getColumnsAfter": "1.2",
  "Range.getUsedRange": "1.2",
  "Range.getUsedRangeOrNullObject": "1.4",
  "Range.getIntersectionOrNullObject": "1.4",
  "Range.getMergedAreasOrNullObject": "1.13",
  "RangeAreas.*": "1.9",
  "RangeCollection.*": "1.9",
  "ConditionalFormatCollection.*": "1.6",
  "ConditionalFormatCollection.getItemOrNullObject": "1.14",
  "ConditionalFormat.*": "1.6",
  "ConditionalFormat.getRanges": "1.9",
  "ConditionalFormat.setRanges": "1.17",
  "CustomConditionalFormat.*": "1.6",
  "ConditionalFormatRule.*": "1.6",
  "ConditionalRangeFormat.*": "1.6",
  "ConditionalRangeFill.*": "1.6",
  "ConditionalRangeFont.*": "1.6",
  "DataValidation.*": "1.8",
  "SettingCollection.*": "1.4",
  "Setting.*": "1.4",
  "Runtime.*": "1.5",
  "Runtime.enableEvents": "1.8",
  "WorksheetChangedEventArgs.details": "1.9",
  "WorksheetChangedEventArgs.triggerSource": "1.14",
  "WorksheetChangedEventArgs.changeDirectionState": "1.14",
};

/** The requirement set of `Type.member` ("1.1" when not listed). */
export function apiSetOf(typeName: string, member: string): string {
  return API_SETS[`${typeName}.${member}`] ?? API_SETS[`${typeName}.*`] ?? "1.1";
}

/** One registered event handler. */
interface Registration {
  /** "WorksheetCollection.onChanged", "Worksheet.onChanged" … */
  event: string;
  /** For a worksheet's own events: only that sheet's. */
  sheetId: string | null;
  handler: (args: unknown) => unknown;
  context: unknown;
}

/** A change the fake announces to the add-in's handlers. */
export interface RaisedEvent {
  /** The event name without the owner: "onChanged", "onSelectionChanged" … */
  name: string;
  sheetId: string | null;
  /** Builds the args for the handler's request context (event args carry `getRange(ctx)`). */
  args: () => object;
}

/** One Excel session: what every request context of the add-in shares. */
export class FakeHost {
  syncCount = 0;
  /** Commands queued in an Excel.run that ended without a sync (office.js would not send them). */
  readonly warnings: string[] = [];
  /** Errors thrown (or rejected) by the add-in's event handlers; jsdom would otherwise swallow them. */
  readonly handlerErrors: unknown[] = [];
  cellEditMode = false;
  /** `context.runtime.enableEvents` (ExcelApi 1.8): when false, no handler of this add-in runs. */
  eventsEnabled = true;
  /** Bumped by a reload: contexts of an earlier session no longer work. */
  session = 0;
  private registrations: Registration[] = [];
  private pending = 0;
  private delivered = 0;
  private readonly cellEditWaiters: (() => void)[] = [];

  /** The user's undo stack (undo.ts): add-in writes go on it or clear it, as the host does. */
  readonly undo: UndoStack;

  constructor(
    public model: WorkbookModel,
    readonly capabilities: Capabilities,
  ) {
    this.undo = new UndoStack(() => this.model, capabilities.undo);
  }

  supports(typeName: string, member: string): boolean {
    return versionAtLeast(this.capabilities.apiVersion, apiSetOf(typeName, member));
  }

  /** Throws ApiNotFound when the member is newer than the host. */
  requireApi(typeName: string, member: string): void {
    if (!this.supports(typeName, member)) {
      throw new OfficeError("ApiNotFound", undefined, `${typeName}.${member}`);
    }
  }

  register(registration: Registration): void {
    this.registrations.push(registration);
  }

  unregister(handler: (args: unknown) => unknown, event: string, context: unknown): void {
    this.registrations = this.registrations.filter(
      (r) => !(r.handler === handler && r.event === event && r.context === context),
    );
  }

  dropAllHandlers(): void {
    this.registrations = [];
  }

  handlerCount(): number {
    return this.registrations.length;
  }

  /** Delivers an event to every matching handler, each from its own macrotask. */
  raise(event: RaisedEvent): void {
    if (!this.eventsEnabled) return;
    for (const registration of this.registrations) {
      const [owner, name] = registration.event.split(".");
      if (name !== event.name) continue;
      if (owner === "Worksheet" && registration.sheetId !== event.sheetId) continue;
      this.pending += 1;
      this.delivered += 1;
      later(() => {
        let result: unknown;
        try {
          result = registration.handler(event.args());
        } catch (error) {
          this.handlerErrors.push(error);
        }
        Promise.resolve(result)
          .catch((error: unknown) => this.handlerErrors.push(error))
          .finally(() => {
            this.pending -= 1;
          });
      });
    }
  }

  /**
   * Resolves once every delivered event's handler has settled, including events those handlers caused.
   * Rejects when more than `limit` events arrive meanwhile: an add-in that re-triggers itself on its own
   * writes never settles. (Timers the handlers start, such as a debounce, are not waited for.)
   */
  async idle(limit = 500): Promise<void> {
    const start = this.delivered;
    for (;;) {
      await new Promise<void>((resolve) => later(resolve));
      if (this.pending === 0) {
        await new Promise<void>((resolve) => later(resolve));
        if (this.pending === 0) return;
      }
      if (this.delivered - start > limit) {
        throw new Error(
          `More than ${limit} events were delivered while waiting for quiet: does a handler re-trigger itself?`,
        );
      }
    }
  }

  enterCellEditMode(): void {
    this.cellEditMode = true;
  }

  leaveCellEditMode(): void {
    this.cellEditMode = false;
    for (const resolve of this.cellEditWaiters.splice(0)) resolve();
  }

  waitForCellEditExit(): Promise<void> {
    if (!this.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }
}

/** What the commands of one sync do besides changing the model: loaded values to show, events to raise. */
export class SyncRun {
  /** Applied after every command has run: loaded values become readable only when the sync succeeds. */
  readonly commits: (() => void)[] = [];
  /** Raised after the sync (also when it fails part-way: the applied commands did change the workbook). */
  readonly events: RaisedEvent[] = [];
  payloadBytes = 0;
  constructor(readonly host: FakeHost) {}
}

export interface Command {
  /** "Range.values", "WorksheetCollection.getItem": where an error points. */
  location: string;
  /** The command changes the workbook (it goes on the user's undo stack, or clears it: undo.ts). */
  writes?: boolean;
  run(run: SyncRun): void;
}

/** Queued members that change nothing the user could undo: counts, the selection, the add-in's own events. */
const NOT_WRITES = new Set(["getCount", "select", "activate", "enableEvents"]);

/** A request context as the proxies need it (excel-api.ts's RequestContext implements it). */
export interface ContextLike {
  readonly host: FakeHost;
  readonly session: number;
  enqueue(command: Command): void;
}

/** Internal members of the proxies are symbol-keyed, so the public surface is office.js's alone. */
export const RESOLVE = Symbol("resolve");
export const REQUIRE = Symbol("require");
export const RUN_LOAD = Symbol("runLoad");
export const RESOLVE_WITH = Symbol("resolveWith");
export const ASSIGN = Symbol("assign");

/** Which properties a `load` asks for: a tree of names, `true` at the leaves. */
export type LoadTree = Map<string, LoadTree | true>;

/** Parses every form office.js accepts: "a, b/c", ["a", "b/c"], { a: true, b: { c: true } }, { select, expand }. */
export function parseLoad(spec: unknown): LoadTree | null {
  if (spec === undefined || spec === null) return null;
  const tree: LoadTree = new Map();
  const addPath = (path: string): void => {
    const parts = path
      .split("/")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    if (parts.length === 0) return;
    let node = tree;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!node.has(part)) node.set(part, true);
        return;
      }
      let child = node.get(part);
      if (child === undefined || child === true) {
        child = new Map();
        node.set(part, child);
      }
      node = child;
    });
  };
  const addObject = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(obj)) {
      if (key === "$top" || key === "$skip") continue;
      if (value === true) addPath(prefix + key);
      else if (value && typeof value === "object")
        addObject(value as Record<string, unknown>, `${prefix}${key}/`);
    }
  };
  if (typeof spec === "string") spec.split(",").forEach(addPath);
  else if (Array.isArray(spec)) spec.forEach((p) => typeof p === "string" && p.split(",").forEach(addPath));
  else if (typeof spec === "object") {
    const record = spec as Record<string, unknown>;
    if (typeof record.select === "string" || typeof record.expand === "string") {
      if (typeof record.select === "string") record.select.split(",").forEach(addPath);
      if (typeof record.expand === "string") record.expand.split(",").forEach(addPath);
    } else addObject(record, "");
  }
  return tree;
}

/** Rough size of a loaded value in the JSON response: UTF-8 bytes plus quotes and separators. */
export function payloadSize(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === "string") {
    let bytes = 3;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
    return bytes;
  }
  if (typeof value === "number") return 12;
  if (typeof value === "boolean") return 6;
  if (Array.isArray(value)) {
    let bytes = 2;
    for (const item of value) bytes += payloadSize(item);
    return bytes;
  }
  if (typeof value === "object") {
    let bytes = 2;
    for (const [key, item] of Object.entries(value)) bytes += key.length + 4 + payloadSize(item);
    return bytes;
  }
  return 8;
}

/** `OfficeExtension.ClientResult<T>`: a value known after the next sync. */
export class ClientResult<T> {
  private known = false;
  private result: T | undefined;

  get value(): T {
    if (!this.known) throw new OfficeError("ValueNotLoaded", undefined, "ClientResult.value");
    return this.result as T;
  }

  /** @internal */
  [RESOLVE_WITH](value: T): void {
    this.known = true;
    this.result = value;
  }
}

/**
 * A scalar property: how to read it from the resolved target, and (when writable) how to write it.
 * `read` runs inside a sync, at the load command's place in the queue.
 */
export interface ScalarSpec<T> {
  read(target: T, run: SyncRun): unknown;
  /** Left out of a parameterless load (office.js leaves out numberFormatCategories the same way). */
  heavy?: boolean;
}

/**
 * Base of every proxy. Subclasses describe their scalar properties (`scalars`) and navigation properties
 * (`navigation`), and how to find their target in the model (`resolveTarget`); loading, the
 * PropertyNotLoaded discipline, null objects and API gating live here.
 */
export abstract class ClientObjectBase<T> {
  protected abstract readonly typeName: string;
  /** @internal the loaded values, readable after a successful sync */
  protected loadedValues = new Map<string, unknown>();
  /** @internal undefined until a sync has resolved the object */
  protected nullState: boolean | undefined = undefined;
  private target: T | null | undefined = undefined;
  private readonly children = new Map<string, ClientObjectBase<unknown>>();

  constructor(readonly context: ContextLike) {}

  /** The scalar properties, by office.js name. */
  protected abstract scalars(): Record<string, ScalarSpec<T>>;
  /** Finds the target in the model, or null for a null object. Throws OfficeError (ItemNotFound …). */
  protected abstract resolveTarget(run: SyncRun): T | null;
  /** Navigation properties, by office.js name. */
  protected navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw propertyNotLoaded("isNullObject", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** Queues loading of the given properties (every office.js form), or all scalar properties. */
  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this.context.enqueue({ location: `${this.typeName}.load`, run: (run) => this[RUN_LOAD](tree, run) });
    return this;
  }

  /** office.js's `set(properties)` (public on the classes that have it): each property through its setter. */
  [ASSIGN](properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this.navigation()[key];
      if (nav && value && typeof value === "object" && !Array.isArray(value)) {
        this.child(key, nav)[ASSIGN](value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  /** The loaded properties as plain data (office.js's toJSON). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this.loadedValues) out[key] = value;
    for (const [key, child] of this.children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[key] = json;
    }
    return out;
  }

  /** @internal resolves (once) inside a sync; null for a null object. */
  [RESOLVE](run: SyncRun): T | null {
    if (this.context.session !== this.context.host.session) {
      throw new OfficeError("InvalidObjectPath", undefined, this.typeName);
    }
    if (this.target === undefined) this.target = this.resolveTarget(run);
    if (this.nullState === undefined) {
      // Published with the sync's other results; a failed sync publishes nothing, so the next one does.
      const isNull = this.target === null;
      run.commits.push(() => {
        this.nullState = isNull;
      });
    }
    return this.target;
  }

  /** @internal resolves, and treats a null object as an error (a write or a derived object needs a target). */
  [REQUIRE](run: SyncRun): T {
    const target = this[RESOLVE](run);
    if (target === null) throw new OfficeError("InvalidObjectPath", undefined, this.typeName);
    return target;
  }

  /** @internal forget the resolved target (an object the workbook replaced, such as a deleted setting). */
  protected forgetTarget(): void {
    this.target = undefined;
  }

  /** Reads a loaded property, or throws PropertyNotLoaded. A null object's properties read null. */
  protected read<V>(name: string): V {
    if (this.nullState === true) return null as V;
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loadedValues.get(name) as V;
  }

  /** A navigation property's proxy: the same object every time, as in office.js. */
  protected child<C extends ClientObjectBase<unknown>>(name: string, make: () => C): C {
    let existing = this.children.get(name);
    if (!existing) {
      existing = make();
      this.children.set(name, existing);
    }
    return existing as C;
  }

  /** Queues a command against this object. */
  protected queue(member: string, apply: (target: T, run: SyncRun) => void): void {
    const host = this.context.host;
    this.context.enqueue({
      location: `${this.typeName}.${member}`,
      writes: !NOT_WRITES.has(member),
      run: (run) => {
        host.requireApi(this.typeName, member);
        apply(this[REQUIRE](run), run);
      },
    });
  }

  /** Checks a member's API set inside a sync (for members reached through resolution rather than a command). */
  protected gate(member: string): void {
    this.context.host.requireApi(this.typeName, member);
  }

  /** @internal runs a load inside a sync. */
  [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const target = this[RESOLVE](run);
    if (target === null) return;
    const scalars = this.scalars();
    const navigation = this.navigation();
    // A parameterless load takes the scalars the host has (office.js asks the host for "everything").
    const names = tree
      ? [...tree.keys()]
      : Object.keys(scalars).filter(
          (name) => !scalars[name].heavy && this.context.host.supports(this.typeName, name),
        );
    for (const name of names) {
      const sub = tree?.get(name);
      if (name in scalars && (sub === undefined || sub === true)) {
        this.context.host.requireApi(this.typeName, name);
        const value = scalars[name].read(target, run);
        run.payloadBytes += payloadSize(value) + name.length;
        run.commits.push(() => this.loadedValues.set(name, value));
      } else if (name in navigation) {
        this.context.host.requireApi(this.typeName, name);
        const child = this.child(name, navigation[name]);
        // office.js: loading a navigation property alone ("format") loads its scalars, like format.load().
        child[RUN_LOAD](sub === true || sub === undefined ? null : sub, run);
      } else {
        throw new OfficeError(
          "InvalidArgument",
          `The property '${name}' does not exist on ${this.typeName}.`,
          `${this.typeName}.load`,
        );
      }
    }
  }

  /**
   * With `missingApi: "absent"`, members newer than the host are made undefined on this instance, as they
   * would be with an office.js too old to know them. Called by subclasses at the end of construction.
   */
  protected hideMissingMembers(members: readonly string[]): void {
    const host = this.context.host;
    if (host.capabilities.missingApi !== "absent") return;
    for (const member of members) {
      if (!host.supports(this.typeName, member)) {
        Object.defineProperty(this, member, {
          value: undefined,
          configurable: true,
          enumerable: false,
          writable: false,
        });
      }
    }
  }
}

/**
 * A proxy found through its parent when a sync runs (a range's format, a sheet's protection, a
 * conditional format's rule): the one place of the locate-and-resolve pair these objects share.
 */
export abstract class LocatedObject<T, Found extends T | null = T | null> extends ClientObjectBase<T> {
  constructor(
    context: ContextLike,
    protected readonly locate: (run: SyncRun) => Found,
  ) {
    super(context);
  }

  protected resolveTarget(run: SyncRun): Found {
    return this.locate(run);
  }
}

/** A located proxy with office.js's `set(properties)`, as most of Excel's objects have. */
export abstract class SettableObject<T, Found extends T | null = T | null> extends LocatedObject<T, Found> {
  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }
}

/** `OfficeExtension.EventHandlerResult`: `remove()` queues the removal, which takes effect at the next sync. */
export class EventHandlerResult {
  constructor(
    readonly context: ContextLike,
    private readonly owner: EventHandlers,
    private readonly handler: (args: never) => unknown,
  ) {}

  remove(): void {
    this.owner.remove(this.handler);
  }
}

/** An object's events by name: the same EventHandlers object each time, as in office.js. */
export class EventHandlerSet {
  private readonly byName = new Map<string, EventHandlers>();

  constructor(
    private readonly context: ContextLike,
    private readonly ownerType: string,
    private readonly sheetId: (run: SyncRun) => string | null,
  ) {}

  get(name: string): EventHandlers {
    let handlers = this.byName.get(name);
    if (!handlers) {
      handlers = new EventHandlers(this.context, this.ownerType, name, this.sheetId);
      this.byName.set(name, handlers);
    }
    return handlers;
  }
}

/** `OfficeExtension.EventHandlers<T>`: registration happens at the next sync (office.js registers during the sync). */
export class EventHandlers {
  constructor(
    private readonly context: ContextLike,
    /** "WorksheetCollection", "Worksheet" */
    private readonly ownerType: string,
    /** "onChanged" … */
    private readonly name: string,
    private readonly sheetId: (run: SyncRun) => string | null,
  ) {}

  add(handler: (args: never) => unknown): EventHandlerResult {
    const host = this.context.host;
    this.context.enqueue({
      location: `${this.ownerType}.${this.name}.add`,
      run: (run) => {
        host.requireApi(this.ownerType, this.name);
        const sheetId = this.sheetId(run);
        run.commits.push(() =>
          host.register({
            event: `${this.ownerType}.${this.name}`,
            sheetId,
            handler: handler as (args: unknown) => unknown,
            context: this.context,
          }),
        );
      },
    });
    return new EventHandlerResult(this.context, this, handler);
  }

  remove(handler: (args: never) => unknown): void {
    const host = this.context.host;
    this.context.enqueue({
      location: `${this.ownerType}.${this.name}.remove`,
      run: (run) => {
        run.commits.push(() =>
          host.unregister(
            handler as (args: unknown) => unknown,
            `${this.ownerType}.${this.name}`,
            this.context,
          ),
        );
      },
    });
  }
}
