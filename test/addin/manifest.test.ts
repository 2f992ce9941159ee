import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { ManifestHandlerXml } from "office-addin-manifest/lib/manifestHandler/manifestHandlerXml.js";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { addinOrigin, manifestForOrigin, manifestPlugin } from "../../addin/build/manifestPlugin.js";
import { OFFICE_JS_CDN } from "../../addin/build/officeJsPlugin.js";
import { DEV_ORIGIN, DEV_PORT, PAGES } from "../../addin/origin.js";

// Offline only: office-addin-manifest's `validate` posts the manifest to a Microsoft service, so it is
// not used; reading the manifest involves no network (and the package's usage data is a no-op).
const MANIFEST = fileURLToPath(new URL("../../manifest.xml", import.meta.url));
const ADDIN = fileURLToPath(new URL("../../addin/", import.meta.url));
const PUBLIC = join(ADDIN, "public");
const PRODUCTION = "https://addin.example.gov.vn";

/** An XML element as xml2js (office-addin-manifest's parser) gives it, reshaped into a plain tree. */
interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

function element(name: string, node: unknown): XmlNode {
  if (typeof node === "string") return { name, attributes: {}, text: node, children: [] };
  const { $: attributes = {}, _: text = "", ...children } = node as Record<string, unknown>;
  return {
    name,
    attributes: attributes as Record<string, string>,
    text: String(text),
    children: Object.entries(children).flatMap(([child, nodes]) =>
      (nodes as unknown[]).map((n) => element(child, n)),
    ),
  };
}

const descendants = (e: XmlNode): XmlNode[] => [e, ...e.children.flatMap(descendants)];

const parsed = (await new ManifestHandlerXml(MANIFEST).parseXmlAsync()) as Record<string, unknown>;
const all = descendants(element("OfficeApp", parsed.OfficeApp));
const named = (name: string): XmlNode[] => all.filter((e) => e.name === name);

/** Every URL the manifest holds, in attribute values or element text (namespace names aside). */
const urls = all
  .flatMap((e) => [
    ...Object.entries(e.attributes)
      .filter(([name]) => !name.startsWith("xmlns"))
      .map(([, value]) => value),
    e.text,
  ])
  .filter((v) => /^https?:/i.test(v.trim()));

function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1"), file).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("latin1"), file).toBe("IHDR");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The file under addin/public that a manifest URL names. */
const publicFile = (url: string): string => join(PUBLIC, new URL(url).pathname);

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in that office-addin-manifest reads", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("vi-VN");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}/${PAGES.taskpane}`);
  });

  it("is refused when it is not well-formed XML", async () => {
    const dir = await mkdtemp(join(tmpdir(), "manifest-"));
    try {
      const broken = join(dir, "manifest.xml");
      await writeFile(broken, readFileSync(MANIFEST, "utf8").replace("</Hosts>", ""));
      await expect(OfficeAddinManifest.readManifestFile(broken)).rejects.toThrow(/Unable to parse/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("requires ExcelApi 1.9 or later (RangeAreas, getRanges, page layout)", () => {
    const excel = named("Set").find((s) => s.attributes.Name === "ExcelApi");
    const [major = 0, minor = 0] = (excel?.attributes.MinVersion ?? "").split(".").map(Number);
    expect(major > 1 || (major === 1 && minor >= 9)).toBe(true);
  });

  it("puts children in the order the manifest schemas require", () => {
    // From OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd.
    const order: Record<string, string[]> = {
      OfficeApp: [
        ...["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"],
        ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements"],
        ...["DefaultSettings", "Permissions", "Dictionary", "VersionOverrides"],
      ],
      VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo"],
      DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
      GetStarted: ["Title", "Description", "LearnMoreUrl"],
      Group: ["Label", "Icon", "Control"],
      Control: ["Label", "Supertip", "Icon", "Action"],
      Supertip: ["Title", "Description"],
      Action: ["TaskpaneId", "SourceLocation", "Title"],
      Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
    };
    const checked = new Set<string>();
    for (const e of all) {
      const expected = order[e.name];
      if (!expected) continue;
      checked.add(e.name);
      const names = [...new Set(e.children.map((c) => c.name))];
      expect(
        names.filter((n) => !expected.includes(n)),
        e.name,
      ).toEqual([]);
      expect(names, e.name).toEqual(names.toSorted((a, b) => expected.indexOf(a) - expected.indexOf(b)));
    }
    expect([...checked].sort()).toEqual(Object.keys(order).sort());
  });

  it("has every user-visible string in Vietnamese with an en-US override, within Office's lengths", () => {
    const short = [...named("DisplayName"), ...named("bt:ShortStrings").flatMap((s) => s.children)];
    const long = [
      ...all.filter((e) => e.name === "Description" && e.attributes.DefaultValue !== undefined),
      ...named("bt:LongStrings").flatMap((s) => s.children),
    ];
    expect(short.length).toBeGreaterThan(1);
    expect(long.length).toBeGreaterThan(1);
    for (const [strings, max] of [
      [short, 125],
      [long, 250],
    ] as const) {
      for (const s of strings) {
        const label = s.attributes.id ?? s.name;
        const english = s.children.find(
          (o) => o.name.endsWith("Override") && o.attributes.Locale === "en-US",
        );
        expect(english?.attributes.Value, label).toBeTruthy();
        expect(s.attributes.DefaultValue?.length, label).toBeGreaterThan(0);
        expect(s.attributes.DefaultValue!.length, label).toBeLessThanOrEqual(max);
        expect(english!.attributes.Value!.length, label).toBeLessThanOrEqual(max);
      }
    }
  });

  it("resolves every resid to a resource of the kind its element takes", () => {
    const collection: Record<string, string> = {
      Label: "bt:ShortStrings",
      Title: "bt:ShortStrings",
      Description: "bt:LongStrings",
      LearnMoreUrl: "bt:Urls",
      FunctionFile: "bt:Urls",
      SourceLocation: "bt:Urls",
      "bt:Image": "bt:Images",
    };
    const references = all.filter((e) => e.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(10);
    for (const ref of references) {
      const kind = collection[ref.name];
      expect(kind, ref.name).toBeDefined();
      const ids = named(kind!).flatMap((c) => c.children.map((r) => r.attributes.id));
      expect(ids, `${ref.name} resid="${ref.attributes.resid}"`).toContain(ref.attributes.resid);
    }
    for (const id of named("Resources")
      .flatMap(descendants)
      .map((r) => r.attributes.id)) {
      if (id !== undefined) expect(id.length, id).toBeLessThanOrEqual(32);
    }
  });

  it("points every URL at the development origin: a page Vite builds or a file in addin/public", () => {
    const pages: string[] = Object.values(PAGES);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_ORIGIN}/`), url).toBe(true);
      const path = url.slice(DEV_ORIGIN.length + 1);
      expect(pages.includes(path) || existsSync(publicFile(url)), url).toBe(true);
    }
    expect(urls).toEqual(expect.arrayContaining(pages.map((p) => `${DEV_ORIGIN}/${p}`)));
    for (const page of pages) expect(existsSync(join(ADDIN, page)), page).toBe(true);
    expect(new URL(DEV_ORIGIN).port).toBe(String(DEV_PORT));
  });

  it("has icons of the pixel size each reference says", () => {
    const images = named("bt:Images").flatMap((s) => s.children);
    expect(images.map((i) => i.attributes.id).sort()).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
    const fileOf = new Map(images.map((i) => [i.attributes.id, publicFile(i.attributes.DefaultValue!)]));
    for (const [id, file] of fileOf) expect(pngSize(file), id).toBe(id!.replace("Icon.", ""));
    for (const ref of named("bt:Image").filter((i) => i.attributes.resid !== undefined)) {
      const size = ref.attributes.size!;
      expect(pngSize(fileOf.get(ref.attributes.resid)!), ref.attributes.resid).toBe(`${size}x${size}`);
    }
    // The add-in's own icon is 32 px and its high-resolution one 64 px (manifest reference, IconUrl).
    expect(pngSize(publicFile(named("IconUrl")[0]!.attributes.DefaultValue!))).toBe("32x32");
    expect(pngSize(publicFile(named("HighResolutionIconUrl")[0]!.attributes.DefaultValue!))).toBe("64x64");
  });
});

describe("the pages in source", () => {
  it.each(Object.values(PAGES))("%s loads office.js from Microsoft's CDN and from nowhere else", (page) => {
    const html = readFileSync(join(ADDIN, page), "utf8");
    const officeScripts = [...html.matchAll(/src="([^"]*office[^"]*)"/gi)].map((m) => m[1]);
    expect(officeScripts).toEqual([OFFICE_JS_CDN]);
  });
});

describe("manifestPlugin", () => {
  const source = readFileSync(MANIFEST, "utf8");

  it("re-points every development URL, and nothing else, at the production origin", () => {
    const out = manifestForOrigin(source, PRODUCTION);
    expect(out).not.toContain("localhost");
    expect(out.split(PRODUCTION).length).toBe(source.split(DEV_ORIGIN).length);
    expect(out.replaceAll(PRODUCTION, DEV_ORIGIN)).toBe(source);
    // and the development origin appears nowhere but in those URLs (not in a comment, say)
    expect(source.split(DEV_ORIGIN).length - 1).toBe(urls.length);
  });

  it("normalises the origin: trailing slash, letter case", () => {
    expect(manifestForOrigin(`${DEV_ORIGIN}/taskpane.html`, `${PRODUCTION}/`)).toBe(
      `${PRODUCTION}/taskpane.html`,
    );
    expect(addinOrigin("https://Addin.Example.gov.vn:8443")).toBe("https://addin.example.gov.vn:8443");
  });

  it("refuses an origin Office could not load the add-in from", () => {
    expect(() => manifestPlugin("http://addin.example.gov.vn")).toThrow(/must use https/);
    expect(() => manifestPlugin("https://example.gov.vn/addin")).toThrow(/without a path/);
    expect(() => manifestPlugin("addin.example.gov.vn")).toThrow(/not a URL/);
  });

  it("makes a Vite build emit manifest.xml for the production origin", async () => {
    const root = await mkdtemp(join(tmpdir(), "manifest-build-"));
    try {
      await writeFile(join(root, "index.html"), "<!doctype html><title>t</title>");
      const outDir = join(root, "dist");
      await build({
        root,
        configFile: false,
        logLevel: "silent",
        plugins: [manifestPlugin(PRODUCTION)],
        build: { outDir },
      });
      const emitted = join(outDir, "manifest.xml");
      expect(await readFile(emitted, "utf8")).toBe(manifestForOrigin(source, PRODUCTION));
      const info = await OfficeAddinManifest.readManifestFile(emitted);
      expect(info.defaultSettings?.sourceLocation).toBe(`${PRODUCTION}/${PAGES.taskpane}`);
      expect(info.iconUrl).toBe(`${PRODUCTION}/assets/icon-32.png`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
