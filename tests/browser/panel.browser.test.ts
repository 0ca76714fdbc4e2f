/**
 * The panel in a real browser: Debian's Chromium driven by playwright-core, on the preview page
 * (`npm run preview`), which runs the real plugin over examples/vault through the fake API.
 * Screenshots go to tests/artifacts/ (git-ignored); with UPDATE_SCREENSHOTS=1 the light one
 * also replaces docs/panel.png, the README's picture.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
const SEED = "AWS/EC2 Instance Storage.md";
const PICTURE = path.join(ROOT, "docs", "panel.png");
/** A hash of the panel's structure when docs/panel.png was taken (see panelStructure). */
const PICTURE_STRUCTURE = path.join(ROOT, "docs", "panel.structure");

function findChromium(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

const executable = findChromium();
// Under CI a missing Chromium is a failure (`.ci/run` installs it); elsewhere the suite is skipped, and says why.
const suite = executable || process.env.CI ? describe : describe.skip;
if (!executable && !process.env.CI) {
  console.warn("The browser suite is skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set CHROMIUM_PATH).");
}

suite("the panel in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!executable) throw new Error("Chromium is not installed: apt-get install -y chromium (.ci/run does this)");
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-preview.mjs")], { cwd: ROOT, stdio: "pipe" });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: executable,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`file://${path.join(ROOT, "preview", "build", "index.html")}`);
    await page.waitForFunction(() => window.incubatorPreview?.ready === true);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** What the panel shows, as each element's tag, classes and own text: what a picture of it depends on. */
  const panelStructure = () =>
    page.$eval("#panel", (root) => {
      const lines: string[] = [];
      const walk = (el: Element, depth: number) => {
        const own = Array.from(el.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent ?? "")
          .join("")
          .trim();
        lines.push(`${"  ".repeat(depth)}${el.tagName.toLowerCase()}.${Array.from(el.classList).sort().join(".")} ${own}`);
        for (const child of Array.from(el.children)) walk(child, depth + 1);
      };
      walk(root, 0);
      return lines.join("\n");
    });

  const panelTexts = (selector: string) => page.$$eval(`#panel ${selector}`, (els) => els.map((e) => e.textContent ?? ""));

  test("shows every incubator note grouped under its upstream", async () => {
    const groups = await panelTexts(".incubator-group-name");
    expect(groups).toEqual(expect.arrayContaining(["AWS", "EC2", "Databases", "Networking", "No upstream"]));
    expect(await panelTexts(".incubator-group:nth-child(6) .incubator-row-title")).toEqual(["EC2 Auto Scaling", "EC2 Instance Storage"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "panel-incubator-light.png") });
  });

  test("the filter narrows the list", async () => {
    await page.fill("#panel .incubator-filter", "multi-attach");
    expect(await panelTexts(".incubator-row-title")).toEqual(["EC2 Instance Storage"]);
    await page.fill("#panel .incubator-filter", "");
    expect((await panelTexts(".incubator-row-title")).length).toBeGreaterThan(10);
  });

  test("This note shows the seed note's comparison tables", async () => {
    await page.click("#panel button:has-text('This note')");
    await page.evaluate((p) => window.incubatorPreview.openNote(p), SEED);
    await page.waitForSelector("#panel .incubator-table");
    const tables = await page.$$("#panel .incubator-table");
    expect(tables).toHaveLength(2);
    expect(await tables[1].$$eval("tbody .incubator-item-name", (els) => els.map((e) => e.textContent))).toEqual(["EBS", "EFS", "S3"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "panel-light.png") });
    // docs/panel.png is the README's picture of this panel: it must show the panel as it is now.
    const structure = createHash("sha256").update(await panelStructure()).digest("hex");
    if (process.env.UPDATE_SCREENSHOTS === "1") {
      copyFileSync(path.join(ARTIFACTS, "panel-light.png"), PICTURE);
      writeFileSync(PICTURE_STRUCTURE, `${structure}\n`);
    }
    const pictured = existsSync(PICTURE_STRUCTURE) ? readFileSync(PICTURE_STRUCTURE, "utf8").trim() : "none";
    if (pictured !== structure) throw new Error("docs/panel.png shows an older panel than this one: run UPDATE_SCREENSHOTS=1 npm test, look at the picture and commit it");
  });

  test("clicking a definition asks to open the note at its line", async () => {
    await page.click("#panel .incubator-definition:has-text('Amazon Elastic Block Store')");
    const opened = await page.evaluate(() => window.incubatorPreview.opened);
    expect(opened[opened.length - 1]).toEqual({ path: SEED, line: 36 });
    expect(await page.textContent("#opened")).toBe(`Open ${SEED} at line 36`);
  });

  test("the dark theme and a phone's width", async () => {
    await page.evaluate(() => window.incubatorPreview.setTheme("dark"));
    const background = await page.$eval("#panel .incubator-toolbar", (el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(38, 38, 38)");
    await page.screenshot({ path: path.join(ARTIFACTS, "panel-dark.png") });
    await page.setViewportSize({ width: 360, height: 780 });
    const width = await page.$eval("#panel", (el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(360);
    const overflow = await page.$eval("#panel .incubator-body", (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "panel-phone.png") });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.evaluate(() => window.incubatorPreview.setTheme("light"));
  });

  test("a note whose term is HTML shows that text and runs nothing", async () => {
    const hostile = "#incubator\nupstream: [[EC2]]\n\n**<img src=x onerror=alert(1)>** is a term.\n";
    await page.evaluate((text) => window.incubatorPreview.writeNote("Hostile.md", text), hostile);
    await page.evaluate(() => window.incubatorPreview.openNote("Hostile.md"));
    await page.waitForFunction(() => document.querySelector("#panel .incubator-note-title")?.textContent === "Hostile");
    expect(await panelTexts(".incubator-term")).toEqual(["<img src=x onerror=alert(1)>"]);
    expect(await page.$$("#panel img")).toHaveLength(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test("the page raised no error", () => {
    expect(errors).toEqual([]);
  });
});
