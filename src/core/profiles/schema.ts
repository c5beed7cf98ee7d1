/**
 * A profile is a framework as data: the level tree (with synonyms and roles rules can ask about),
 * the required levels, basis categories, the satisfaction floor and per-rule severities.
 * Organisations ship their own as JSON; zod checks it at the boundary.
 */
import { z } from "../zod";

/** What a level-1 group is for; rules ask roles, never labels. */
export const LEVEL1_ROLES = ["output", "cost", "effect", "satisfaction", "other"] as const;
/** What a level-2 group is for. */
export const LEVEL2_ROLES = [
  "quantity",
  "quality",
  "timeliness",
  "cost",
  // 社会成本 / 生态环境成本 (101号): possible negative effects of a project, not necessarily money.
  "sideCost",
  "economic",
  "social",
  "ecological",
  "sustainability",
  "satisfaction",
  "other",
] as const;

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | "off";

const label = z.string().trim().min(1, "a label cannot be empty");

const Level2Schema = z.object({
  label,
  role: z.enum(LEVEL2_ROLES),
  /** Other spellings accepted with a hint (环境效益指标 for 生态效益指标). */
  synonyms: z.array(label).default([]),
  /** Accepted, but with a warning that the framework no longer lists it (可持续影响指标 in 2021). */
  legacy: z.boolean().default(false),
  /**
   * Level-1 labels an older regional form places this group under (社会公众或服务对象满意度指标
   * under 效益指标, as the pre-2021 common forms did): accepted there with a hint, not an error.
   */
  alsoUnder: z.array(label).default([]),
});

const Level1Schema = z.object({
  label,
  role: z.enum(LEVEL1_ROLES),
  synonyms: z.array(label).default([]),
  /** A table without this level-1 group is sent back. */
  required: z.boolean().default(false),
  /** Level-2 groups a table should have under this level 1 (产出 needs 数量 and 质量). */
  expectedLevel2: z.array(label).default([]),
  level2: z.array(Level2Schema).min(1, "a level-1 group needs at least one level-2 label"),
});

export const ProfileSchema = z
  .object({
    id: z.string().trim().min(1).max(40),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    level1: z.array(Level1Schema).min(1),
    basis: z
      .object({
        categories: z.array(label).default([]),
        /** Only when true is a basis that is not a category (or `category：text`) reported. */
        requireCategory: z.boolean().default(false),
      })
      .default({ categories: [], requireCategory: false }),
    /** Lowest satisfaction target (in %) a reviewer accepts without comment. */
    satisfactionFloor: z.number().min(0).max(100).default(85),
    /** Rule id → severity or "off", over the rules' defaults. */
    severities: z.record(z.string(), z.enum([...SEVERITIES, "off"])).default({}),
  })
  .superRefine((profile, ctx) => {
    const seen = new Map<string, string>();
    profile.level1.forEach((level1, i) => {
      for (const name of [level1.label, ...level1.synonyms]) {
        if (seen.has(`1:${name}`)) {
          ctx.addIssue({
            code: "custom",
            path: ["level1", i, "label"],
            message: `level-1 label "${name}" appears twice`,
          });
        }
        seen.set(`1:${name}`, level1.label);
      }
      for (const expected of level1.expectedLevel2) {
        if (!level1.level2.some((l2) => l2.label === expected)) {
          ctx.addIssue({
            code: "custom",
            path: ["level1", i, "expectedLevel2"],
            message: `"${expected}" is not a level-2 label under "${level1.label}"`,
          });
        }
      }
    });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Level1Def = Profile["level1"][number];
export type Level2Def = Level1Def["level2"][number];
export type Level1Role = (typeof LEVEL1_ROLES)[number];
export type Level2Role = (typeof LEVEL2_ROLES)[number];

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; error: string };

/** Reads a profile from parsed JSON; a bad one gives one message naming every problem and where. */
export function parseProfile(input: unknown): ProfileResult {
  const result = ProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  const problems = result.error.issues.map((issue) => {
    const where =
      issue.path.length > 0
        ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")
        : "(top)";
    return `${where.replace(/^\./, "")}: ${issue.message}`;
  });
  return { ok: false, error: problems.join("; ") };
}
