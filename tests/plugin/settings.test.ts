import { defaultSettings, settingsFromData } from "../../src/plugin/settings";

describe("plugin settings", () => {
  test("nothing saved yet gives the defaults", () => {
    expect(settingsFromData(null)).toEqual(defaultSettings());
    expect(settingsFromData("garbage")).toEqual(defaultSettings());
  });

  test("data saved by an older version keeps its values and gets defaults for what is new", () => {
    const old = { tag: "sprout", upstreamKeys: ["north"] };
    expect(settingsFromData(old)).toEqual({ ...defaultSettings(), tag: "sprout", upstreamKeys: ["north"] });
  });

  test("invalid values fall back to their defaults, unknown keys are dropped", () => {
    const saved = { tag: "two words", upstreamKeys: [], readinessChecks: ["empty-field", "bogus"], __proto__: { polluted: true }, extra: 1 };
    const settings = settingsFromData(saved);
    expect(settings).toEqual({ ...defaultSettings(), readinessChecks: ["empty-field"] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
