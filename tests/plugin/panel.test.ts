/** SPEC §5: the side panel, mounted through the fake Obsidian API on examples/vault. */
import * as path from "path";
import type { PluginManifest, App as ObsidianApp } from "obsidian";
import IncubatorPlugin from "../../src/plugin/main";
import { VIEW_TYPE_INCUBATOR, type IncubatorView } from "../../src/plugin/panel/incubator-view";
import { fakeApp, installLayoutShim, mountPanel, openInEditor, settle, type FakeApp } from "../helpers/fake-obsidian";
import { EXAMPLE_VAULT, readVault } from "../helpers/shared";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" } as PluginManifest;
const SEED = "AWS/EC2 Instance Storage.md";

installLayoutShim();

interface Mounted {
  fake: FakeApp;
  plugin: IncubatorPlugin;
  view: IncubatorView;
  el: HTMLElement;
  opened: [string, number][];
}

async function mount(files: Record<string, string> = readVault(EXAMPLE_VAULT)): Promise<Mounted> {
  document.body.empty();
  const fake = fakeApp(files);
  const plugin = new IncubatorPlugin(fake.api as ObsidianApp, manifest);
  await plugin.onload();
  fake.layoutReady();
  await plugin.sync.whenReady();
  const opened: [string, number][] = [];
  plugin.open = (path, line) => opened.push([path, line]);
  const view = await mountPanel<IncubatorView>(fake, plugin, VIEW_TYPE_INCUBATOR);
  return { fake, plugin, view, el: view.contentEl, opened };
}

const texts = (el: HTMLElement, selector: string) => Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");
const click = (el: Element | null) => (el as HTMLElement).click();
const button = (el: HTMLElement, label: string) => Array.from(el.querySelectorAll("button")).find((b) => b.textContent === label) as HTMLButtonElement;
const typeFilter = (el: HTMLElement, value: string) => {
  const input = el.querySelector(".incubator-filter") as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event("input"));
};
/** Lets the panel's debounced refresh run. */
const afterDebounce = () => new Promise((resolve) => setTimeout(resolve, 200));

describe("the incubator panel", () => {
  afterEach(() => document.body.empty());

  test("Incubator mode lists every note under its upstream, with counts and badges", async () => {
    const { el, fake } = await mount();
    // CAP Theorem's frontmatter follows a byte order mark, which the metadata cache does not read
    // at start-up: it joins the panel on its first change.
    expect(texts(el, ".incubator-status")).toEqual(["16 notes · 11 upstream groups · 11 ready"]);
    await fake.app.vault.modify(fake.file("Databases/CAP Theorem.md"), (await fake.app.vault.read(fake.file("Databases/CAP Theorem.md"))) + "\r\n");
    await afterDebounce();
    expect(texts(el, ".incubator-status")).toEqual(["16 notes · 11 upstream groups · 11 ready"]);
    expect(texts(el, ".incubator-group-name")).toEqual([
      "AWS", "Data Modeling (not found)", "Databases", "Dimensionality Reduction", "EC2", "Machine Learning", "Networking", "Protocols", "Routing", "Switching", "No upstream",
    ]);
    const rowsByGroup = Array.from(el.querySelectorAll(".incubator-group")).map((g) => [
      g.querySelector(".incubator-group-name")?.textContent,
      texts(g as HTMLElement, ".incubator-row-title"),
    ]);
    expect(rowsByGroup).toEqual([
      ["AWS", ["Lambda Cold Starts", "S3 Storage Classes"]],
      ["Data Modeling (not found)", ["SQL vs NoSQL"]],
      ["Databases", ["CAP Theorem", "Database Indexes", "SQL vs NoSQL"]],
      ["Dimensionality Reduction", ["PCA vs t-SNE"]],
      ["EC2", ["EC2 Auto Scaling", "EC2 Instance Storage"]],
      ["Machine Learning", ["Batch Normalisation", "Dimensionality Reduction", "Overfitting"]],
      ["Networking", ["DNS Resolution", "TCP vs UDP"]],
      ["Protocols", ["TCP vs UDP"]],
      ["Routing", ["Switching"]],
      ["Switching", ["Routing"]],
      ["No upstream", ["Subnetting"]],
    ]);
    const ec2 = Array.from(el.querySelectorAll(".incubator-group"))[4] as HTMLElement;
    expect(texts(ec2, ".incubator-badge")).toEqual(["Ready", "Not ready"]);
    expect(texts(ec2, ".incubator-row-meta")[1]).toBe("8 definitions · 2 comparisons · 0 questions · 2 problems");
  });

  test("the filter matches terms, note names and upstreams", async () => {
    const { el } = await mount();
    typeFilter(el, "ebs snapshots");
    expect(texts(el, ".incubator-row-title")).toEqual(["EC2 Instance Storage"]);
    expect(texts(el, ".incubator-status")).toEqual(["1 of 16 notes match"]);
    typeFilter(el, "databases");
    // SQL vs NoSQL sits in Databases/ and also names Data Modeling as an upstream.
    expect(texts(el, ".incubator-group-name")).toEqual(["Data Modeling (not found)", "Databases"]);
    typeFilter(el, "protocols");
    expect(texts(el, ".incubator-row-title")).toEqual(["TCP vs UDP"]);
    typeFilter(el, "zzz nothing");
    expect(texts(el, ".incubator-empty")).toEqual(['No notes match "zzz nothing".']);
  });

  test("sorting by readiness puts ready notes first", async () => {
    const { el } = await mount();
    const select = el.querySelector(".incubator-sort") as HTMLSelectElement;
    select.value = "readiness";
    select.dispatchEvent(new Event("change"));
    const ec2 = Array.from(el.querySelectorAll(".incubator-group"))[4] as HTMLElement;
    expect(texts(ec2, ".incubator-badge")).toEqual(["Ready", "Not ready"]);
    const dataModeling = Array.from(el.querySelectorAll(".incubator-group"))[2] as HTMLElement;
    expect(texts(dataModeling, ".incubator-row-title")).toEqual(["CAP Theorem", "Database Indexes", "SQL vs NoSQL"]);
  });

  test("This note mode shows the seed note: tables, definitions, problems and readiness", async () => {
    const { el, fake } = await mount();
    click(button(el, "This note"));
    expect(texts(el, ".incubator-empty")).toEqual(["Open a note to see its definitions, comparisons and readiness here."]);
    await openInEditor(fake, SEED);
    await afterDebounce();
    expect(texts(el, ".incubator-note-title")).toEqual(["EC2 Instance Storage"]);
    expect(texts(el, ".incubator-badge")).toEqual(["Not ready"]);
    // What fails and where, not the names of the checks.
    expect(texts(el, ".incubator-blockers li")).toEqual(["Empty field video links, line 6", "Encoding damage, line 36"]);
    expect(texts(el, ".incubator-blockers li em")).toEqual(["video links"]);
    const tables = el.querySelectorAll(".incubator-table");
    expect(tables).toHaveLength(2);
    expect(texts(tables[1] as HTMLElement, "tbody .incubator-item-name")).toEqual(["EBS", "EFS", "S3"]);
    expect(texts(tables[0] as HTMLElement, "tbody .incubator-item-name")).toEqual(["AMI", "EC2 User Data"]);
    expect(texts(el, ".incubator-summary")[0]).toMatch(/^In summary, while AMIs/);
    expect(texts(el, ".incubator-term")).toContain("Amazon Machine Images (AMIs)");
    // Beside its term, a definition's text does not say the term again.
    const amis = Array.from(el.querySelectorAll(".incubator-definition")).find((row) => row.querySelector(".incubator-term")?.textContent === "Amazon Machine Images (AMIs)");
    expect(amis?.querySelector(".incubator-definition-text")?.textContent).toMatch(/^serve as the templates for launching EC2 instances/);
    expect(texts(el, ".incubator-problem-code")).toEqual(["empty-field", "encoding-damage"]);
  });

  test("each definition, row, comparison and problem opens the note at its line", async () => {
    const { el, fake, opened } = await mount();
    click(button(el, "This note"));
    await openInEditor(fake, SEED);
    await afterDebounce();
    click(el.querySelector(".incubator-definition"));
    const rows = el.querySelectorAll(".incubator-table tbody tr");
    click(rows[rows.length - 1]);
    click(el.querySelector(".incubator-problem"));
    for (const blocker of Array.from(el.querySelectorAll(".incubator-blockers li"))) click(blocker);
    const upstream = el.querySelector(".incubator-upstream .incubator-clickable") as HTMLElement;
    upstream.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(opened).toEqual([[SEED, 13], [SEED, 59], [SEED, 6], [SEED, 6], [SEED, 36], ["AWS/EC2.md", 1]]);
  });

  test("an active note without the tag gets an empty state that says what to do", async () => {
    const { el, fake } = await mount();
    click(button(el, "This note"));
    await openInEditor(fake, "AWS/EC2.md");
    await afterDebounce();
    expect(texts(el, ".incubator-empty")).toEqual(['"EC2" is not tagged #incubator — add the tag to grow it here.']);
  });

  test("an empty vault says how to start", async () => {
    const { el } = await mount({ "Plain.md": "just text" });
    expect(texts(el, ".incubator-empty")).toEqual(["No notes tagged #incubator yet — add the tag to a note."]);
  });

  test("follows edits, renames and deletes live, keeping the filter text and the scroll position", async () => {
    const { el, fake } = await mount();
    typeFilter(el, "ec2");
    el.scrollTop = 40;
    await fake.app.vault.modify(fake.file("AWS/EC2 Auto Scaling.md"), "#incubator\nupstream: [[EC2]]\n\n**Warm pool** is a set of pre-started EC2 instances.\n");
    await afterDebounce();
    expect((el.querySelector(".incubator-filter") as HTMLInputElement).value).toBe("ec2");
    expect(el.scrollTop).toBe(40);
    expect(texts(el, ".incubator-row-meta")).toContain("1 definition · 0 comparisons · 0 questions");
    await fake.app.vault.rename(fake.file("AWS/EC2 Auto Scaling.md"), "AWS/Warm Pools.md");
    await settle();
    await afterDebounce();
    expect(texts(el, ".incubator-row-title")).toContain("Warm Pools");
    await fake.app.vault.delete(fake.file("AWS/Warm Pools.md"));
    await afterDebounce();
    expect(texts(el, ".incubator-row-title")).not.toContain("Warm Pools");
  });

  test("an update re-renders only the note that changed", async () => {
    const { el, fake } = await mount();
    const keyOf = (r: Element) => `${r.closest(".incubator-group")?.querySelector(".incubator-group-name")?.textContent}|${r.querySelector(".incubator-row-title")?.textContent}`;
    const before = new Map(Array.from(el.querySelectorAll(".incubator-row")).map((r) => [keyOf(r), r]));
    await fake.app.vault.modify(fake.file("Networking/Subnetting.md"), "#incubator\nupstream: [[Networking]]\n\n**Subnetting** splits networks.\n");
    await afterDebounce();
    const after = Array.from(el.querySelectorAll(".incubator-row"));
    expect(after).toHaveLength(before.size);
    const changed = after.filter((r) => before.get(keyOf(r)) !== r);
    expect(changed.map(keyOf)).toEqual(["Networking|Subnetting"]);
  });

  test("an edit that keeps the list's shape swaps only the edited row in place", async () => {
    const { el, fake } = await mount();
    const groupsBefore = Array.from(el.querySelectorAll(".incubator-group"));
    const rowsBefore = Array.from(el.querySelectorAll(".incubator-row"));
    await fake.app.vault.modify(fake.file("Networking/TCP vs UDP.md"), (await fake.app.vault.read(fake.file("Networking/TCP vs UDP.md"))) + "\n**QUIC** is a newer transport.\n");
    await afterDebounce();
    expect(Array.from(el.querySelectorAll(".incubator-group"))).toEqual(groupsBefore);
    const rowsAfter = Array.from(el.querySelectorAll(".incubator-row"));
    const replaced = rowsAfter.filter((r, i) => r !== rowsBefore[i]).map((r) => r.querySelector(".incubator-row-title")?.textContent);
    expect(replaced).toEqual(["TCP vs UDP", "TCP vs UDP"]);
    expect(texts(el, ".incubator-row-meta")).toContain("3 definitions · 1 comparison · 0 questions");
  });

  test("a hidden panel does not render until it is shown again", async () => {
    const { el, fake, view } = await mount();
    view.containerEl.hide();
    await fake.app.vault.create("AWS/New Idea.md", "#incubator\nupstream: [[AWS]]\n\n**New idea** is new.\n");
    await afterDebounce();
    expect(texts(el, ".incubator-row-title")).not.toContain("New Idea");
    view.containerEl.show();
    fake.app.workspace.trigger("layout-change");
    await afterDebounce();
    expect(texts(el, ".incubator-row-title")).toContain("New Idea");
  });

  test("a panel shown again by a resize alone (a sidebar expanded) catches up", async () => {
    const { el, fake, view } = await mount();
    view.containerEl.hide();
    await fake.app.vault.create("AWS/New Idea.md", "#incubator\nupstream: [[AWS]]\n\n**New idea** is new.\n");
    await fake.indexed();
    await afterDebounce();
    expect(texts(el, ".incubator-row-title")).not.toContain("New Idea");
    view.containerEl.show();
    view.onResize();
    await afterDebounce();
    expect(texts(el, ".incubator-row-title")).toContain("New Idea");
  });

  test("This note shows key points by run: kind, items in order (numbered when they are steps), each opening its line", async () => {
    const dir = path.join(__dirname, "..", "fixtures", "key-points");
    const { el, fake, opened } = await mount(readVault(dir));
    click(button(el, "This note"));
    await openInEditor(fake, "Containers.md");
    await afterDebounce();
    expect(texts(el, ".incubator-section-title")).toContain("Key points (9)");
    expect(texts(el, ".incubator-points-title")).toEqual(["Advantages · advantages", "Drawbacks · drawbacks", "Getting Started · steps"]);
    const steps = el.querySelectorAll(".incubator-points")[2];
    expect(steps.querySelector("ol")).not.toBeNull();
    expect(Array.from(steps.querySelectorAll(".incubator-point-label")).map((l) => l.textContent)).toEqual(["Install Docker", "Write a Dockerfile", "Build the Image", "Run a Container"]);
    click(steps.querySelectorAll(".incubator-point")[1]);
    expect(opened).toEqual([["Containers.md", 19]]);
    expect(texts(el, ".incubator-term")).toEqual(["Containers", "Image", "Registry"]);
  });

  test("note text is only ever text: an HTML term shows as text and runs nothing", async () => {
    const hostile = "#incubator\nupstream: [[Up]]\n\n**<img src=x onerror=alert(1)>** is a term.\n\n## <b>bold</b> vs <script>x</script>\n- **<i>a</i>**: b\n";
    const { el, fake } = await mount({ "Up.md": "# Up", "Hostile.md": hostile });
    click(button(el, "This note"));
    await openInEditor(fake, "Hostile.md");
    await afterDebounce();
    expect(texts(el, ".incubator-term")).toEqual(["<img src=x onerror=alert(1)>"]);
    // The bold item under the comparison is one of its aspects, shown in its table.
    expect(texts(el, ".incubator-comparison td")).toContain("<i>a</i>");
    expect(texts(el, ".incubator-comparison-title")).toEqual(["<b>bold</b> vs <script>x</script>"]);
    expect(el.querySelector("img, script, b, i")).toBeNull();
  });

  test("javascript: and data: URLs in notes are never rendered as links", async () => {
    const note = [
      "#incubator", "upstream: [[Up]]", "",
      "**Trap** is [click me](javascript:alert(1)) and ![x](data:text/html;base64,PHNjcmlwdD4=) and <a href=\"javascript:alert(2)\">this</a>.",
      "", "## Why javascript:alert(3)?", "[data link](data:text/html,<script>alert(4)</script>)",
    ].join("\n");
    const { el, fake } = await mount({ "Up.md": "# Up", "Trap.md": note });
    click(button(el, "This note"));
    await openInEditor(fake, "Trap.md");
    await afterDebounce();
    expect(el.querySelectorAll("a, img, script, iframe")).toHaveLength(0);
    expect(Array.from(el.querySelectorAll("[href], [src]"))).toEqual([]);
    expect(texts(el, ".incubator-definition-text")[0]).toContain('<a href="javascript:alert(2)">this</a>');
  });

  test("the command and the ribbon icon are registered", async () => {
    const { plugin } = await mount();
    const mock = plugin as unknown as { commands__: Map<string, { name: string }>; ribbonActions__: HTMLElement[] };
    expect(mock.commands__.get("open-panel")?.name).toBe("Open panel");
    expect(mock.ribbonActions__).toHaveLength(1);
  });
});
