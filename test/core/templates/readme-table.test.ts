import * as fs from "node:fs";
import * as path from "node:path";
import { BUILTIN_CATALOGUE } from "../../../src/core/templates/catalogue";
import {
  markedSection,
  README_END,
  README_HEADING,
  README_START,
  renderCatalogueTable,
  replaceMarkedSection,
} from "../../../src/core/templates/readme-table";

const readmePath = path.resolve(__dirname, "../../../README.md");

describe("the README's template catalogue", () => {
  it("is the table generated from the catalogue (run `npm run docs` after changing it)", () => {
    const readme = fs.readFileSync(readmePath, "utf8");
    expect(markedSection(readme)).toBe(renderCatalogueTable(BUILTIN_CATALOGUE));
  });

  it("lists every item with its rows per profile", () => {
    const table = renderCatalogueTable(BUILTIN_CATALOGUE);
    expect(table).toContain("| 会议费 | `meeting` | 会议经费、会务费 | 10 | 10 |");
    expect(table.split("\n").filter((line) => line.startsWith("| ") && line.includes("`"))).toHaveLength(
      BUILTIN_CATALOGUE.templates.length,
    );
  });
});

describe("replaceMarkedSection", () => {
  it("replaces only what is between the markers", () => {
    const readme = `# Title\n\nintro\n\n${README_START}\nold\n${README_END}\n\n## After\n`;
    expect(replaceMarkedSection(readme, "new")).toBe(
      `# Title\n\nintro\n\n${README_START}\nnew\n${README_END}\n\n## After\n`,
    );
  });

  it("appends a section with the markers when there is none", () => {
    const out = replaceMarkedSection("# Title\n\ntext", "body");
    expect(out).toBe(`# Title\n\ntext\n\n${README_HEADING}\n\n${README_START}\nbody\n${README_END}\n`);
    expect(markedSection(out)).toBe("body");
    expect(replaceMarkedSection(out, "body")).toBe(out);
  });
});
