import { findTables } from "../../../src/core/detect/find-tables";
import { findingMessage } from "../../../src/core/i18n/catalogue";
import { lint } from "../../../src/core/lint";
import { internalError } from "../../../src/core/rules/internal-error";
import { valueEmpty } from "../../../src/core/rules/value-empty";
import { caseGrid } from "../../helpers/rule-tester";

describe("internal-error", () => {
  const tables = findTables([
    caseGrid({ name: "one row", rows: [["产出指标", "数量指标", "会议次数", "", "≥6次", ""]] }),
  ]);
  const crashing = {
    ...valueEmpty,
    id: "always-crashes",
    check: () => {
      throw new TypeError("x is undefined");
    },
  };

  it("is reported at the table's header, naming the rule and the reason, in both languages", () => {
    const [finding] = lint(tables, { rules: [crashing] }).diagnostics;
    expect(finding).toMatchObject({
      rule: internalError.id,
      severity: "warning",
      cell: "A3",
      messageId: "crashed",
    });
    expect(findingMessage(finding, "zh-CN")).toContain("always-crashes");
    expect(findingMessage(finding, "en-US")).toContain("x is undefined");
  });

  it("never comes from a check of its own", () => {
    expect(lint(tables, { rules: [internalError] }).diagnostics).toEqual([]);
  });
});
