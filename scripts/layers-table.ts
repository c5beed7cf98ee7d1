/** The layer table (scripts/layers.json) as the Markdown table docs/architecture.md prints. */
export interface LayerTable {
  layers: Record<string, { purpose: string; may: string[]; packages: string[] }>;
}

export const LAYERS_START = "<!-- layers:start -->";
export const LAYERS_END = "<!-- layers:end -->";

export function renderLayersTable(table: LayerTable): string {
  const code = (items: string[]) => (items.length === 0 ? "—" : items.map((item) => `\`${item}\``).join(", "));
  const lines = [
    "| folder | what it is | may import | packages |",
    "|---|---|---|---|",
    ...Object.entries(table.layers).map(
      ([name, layer]) =>
        `| \`src/${name}\` | ${layer.purpose} | ${code(layer.may.map((m) => `src/${m}`))} | ${code(layer.packages)} |`,
    ),
  ];
  return `${LAYERS_START}\n${lines.join("\n")}\n${LAYERS_END}`;
}
