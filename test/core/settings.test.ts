import { BUILTIN_PROFILES } from "../../src/core/profiles/builtin";
import { DEFAULT_SETTINGS, lintOptionsFrom, parseSettings } from "../../src/core/settings";

describe("settings", () => {
  it("falls back to the default for each unreadable field, keeping the rest", () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("not json")).toEqual(DEFAULT_SETTINGS);
    const mixed = parseSettings(
      JSON.stringify({
        marks: false,
        profile: "1999",
        satisfactionFloor: 200,
        severities: { "value-empty": "off" },
      }),
    );
    expect(mixed).toMatchObject({
      marks: false,
      profile: "auto",
      satisfactionFloor: null,
      severities: { "value-empty": "off" },
    });
  });

  it("turns into lint options, with the organisation's profile when chosen", () => {
    const custom = parseSettings(
      JSON.stringify({ profile: "custom", customProfile: BUILTIN_PROFILES["2021"], satisfactionFloor: 90 }),
    );
    expect(lintOptionsFrom(custom)).toMatchObject({ profile: { id: "2021" }, satisfactionFloor: 90 });
    expect(lintOptionsFrom(parseSettings(JSON.stringify({ profile: "custom" }))).profile).toBe("auto");
  });

  it("dropdowns go only on inserted tables unless the workbook asks for all; an old true or false reads safely", () => {
    expect(parseSettings(null).dropdowns).toBe("inserted");
    expect(parseSettings(JSON.stringify({ dropdowns: "all" })).dropdowns).toBe("all");
    expect(parseSettings(JSON.stringify({ dropdowns: "off" })).dropdowns).toBe("off");
    // Stored before there were three answers: true was the default, so it never means "all".
    expect(parseSettings(JSON.stringify({ dropdowns: true })).dropdowns).toBe("inserted");
    expect(parseSettings(JSON.stringify({ dropdowns: false })).dropdowns).toBe("off");
    expect(parseSettings(JSON.stringify({ dropdowns: "sometimes" })).dropdowns).toBe("inserted");
  });
});
