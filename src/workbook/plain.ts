/** A deep copy of plain data (jsdom, where the tests run, has no structuredClone). */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
