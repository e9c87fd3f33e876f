// Mozilla Readability (on jsdom) as a peer in the HTML main-text benchmark.
//
//   node extract.mjs --pages DIR --out FILE.jsonl [--jobs 2] [--chunk 250] [--limit N]
//
// The driver lists the pages in the same order as HopTac.Bench and spawns one node process per chunk of pages
// (at most --jobs at once): jsdom's memory grows over a long run, and fresh processes keep the peak bounded.
// Each worker reads its pages (gunzip, UTF-8) before its clock starts, then times parsing and extraction only.
// Output lines are page records as ../shared/spec/facts.md spells them, which ../shared/eval/score_text.py reads.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const MAX_BYTES = 20 * 1024 * 1024; // the same bound as HopTac's IngestOptions.MaxBytes
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DETAILS", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);

function parseArgs(argv) {
  const args = { jobs: 2, chunk: 250, limit: 0, start: 0, count: 0, worker: false };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === "--worker") { args.worker = true; continue; }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value`);
    switch (name) {
      case "--pages": args.pages = value; break;
      case "--out": args.out = value; break;
      case "--jobs": case "--chunk": case "--limit": case "--start": case "--count": {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not '${value}'`);
        args[name.slice(2)] = n;
        break;
      }
      default: throw new Error(`unknown option ${name}`);
    }
  }
  if (!args.pages || !args.out) throw new Error("--pages and --out are required");
  if (args.jobs < 1 || args.chunk < 1) throw new Error("--jobs and --chunk must be at least 1");
  return args;
}

// Ordinal order, as HopTac.Bench sorts, so every extractor sees the pages in the same sequence.
function listPages(dir, limit) {
  const files = readdirSync(dir)
    .filter((f) => /\.html(\.gz)?$/i.test(f))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (limit > 0 ? files.slice(0, limit) : files).map((f) => join(dir, f));
}

function readPage(path) {
  const source = basename(path);
  try {
    const raw = readFileSync(path);
    const bytes = path.toLowerCase().endsWith(".gz") ? gunzipSync(raw, { maxOutputLength: MAX_BYTES }) : raw;
    if (bytes.length > MAX_BYTES) return { source, error: `the page is larger than ${MAX_BYTES} bytes` };
    return { source, html: new TextDecoder("utf-8", { fatal: false }).decode(bytes) };
  } catch (e) {
    return { source, error: `the page could not be read: ${e.code ?? e.message}` };
  }
}

// Readability's textContent runs paragraphs together ("end.Next"), which would merge words for a bag-of-words
// scorer; walking the article element with line breaks at block boundaries gives it the same chance as the others.
function blockText(root) {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) { out.push(node.data.replace(/\s+/g, " ")); return; }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.tagName);
    if (block) out.push("\n");
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push("\n");
  };
  walk(root);
  return out.join("").split("\n").map((l) => l.trim()).filter((l) => l.length > 0).join("\n");
}

function isoDate(value) {
  if (!value) return null;
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 19);
}

function record(source, article) {
  const byline = article?.byline?.trim();
  return {
    source,
    relevant: false,
    title: article?.title?.trim() || null,
    published: isoDate(article?.publishedTime),
    authors: byline ? [byline] : [],
    text: article?.content ? blockText(article.content) : "",
  };
}

async function runWorker(args) {
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([
    import("jsdom"),
    import("@mozilla/readability"),
  ]);
  const files = listPages(args.pages, args.limit).slice(args.start, args.start + args.count);
  let t0 = process.hrtime.bigint();
  const pages = files.map(readPage);
  const readNs = process.hrtime.bigint() - t0;

  const lines = [];
  let errors = 0;
  t0 = process.hrtime.bigint();
  for (const page of pages) {
    if (page.error) { errors++; lines.push(JSON.stringify({ source: page.source, error: page.error })); continue; }
    let dom;
    try {
      // A silent console: jsdom reports every CSS rule it cannot parse, which is noise here.
      dom = new JSDOM(page.html, { url: `https://page.invalid/${encodeURIComponent(page.source)}`, virtualConsole: new VirtualConsole() });
      // serializer returning the element: text is taken from the DOM instead of re-parsing serialised HTML.
      const article = new Readability(dom.window.document, { serializer: (el) => el }).parse();
      lines.push(JSON.stringify(record(page.source, article)));
    } catch (e) {
      errors++;
      lines.push(JSON.stringify({ source: page.source, error: `readability threw ${e?.name ?? "an error"}` }));
    } finally {
      dom?.window.close();
    }
  }
  const extractNs = process.hrtime.bigint() - t0;
  writeFileSync(args.out, lines.length ? lines.join("\n") + "\n" : "");
  process.stdout.write(JSON.stringify({
    pages: pages.length, errors, read_seconds: Number(readNs) / 1e9, extract_seconds: Number(extractNs) / 1e9,
    max_rss_mb: process.resourceUsage().maxRSS / 1024,
  }) + "\n");
}

function runChild(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`worker exited with ${code}`))));
  });
}

async function runDriver(args) {
  const script = fileURLToPath(import.meta.url);
  const files = listPages(args.pages, args.limit);
  if (files.length === 0) throw new Error(`no .html or .html.gz pages in ${args.pages}`);
  const tmp = mkdtempSync(join(tmpdir(), "readability-"));
  const chunks = [];
  for (let start = 0; start < files.length; start += args.chunk) {
    chunks.push({ start, count: Math.min(args.chunk, files.length - start), out: join(tmp, `chunk-${start}.jsonl`) });
  }
  const t0 = process.hrtime.bigint();
  const results = new Array(chunks.length);
  let next = 0;
  const lane = async () => {
    while (next < chunks.length) {
      const i = next++;
      const c = chunks[i];
      results[i] = await runChild(script, ["--worker", "--pages", args.pages, "--limit", String(args.limit),
        "--start", String(c.start), "--count", String(c.count), "--out", c.out]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(args.jobs, chunks.length) }, lane));
    const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const out = createWriteStream(args.out);
    for (const c of chunks) out.write(readFileSync(c.out));
    await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));

    const sum = (k) => results.reduce((s, r) => s + r[k], 0);
    const lanes = Math.min(args.jobs, chunks.length);
    // Workers run side by side, so extraction wall time is the summed worker time shared over the lanes.
    const extractSeconds = sum("extract_seconds") / lanes;
    const summary = {
      extractor: "readability", pages: files.length, errors: sum("errors"), threads: lanes,
      read_seconds: +(sum("read_seconds") / lanes).toFixed(3), extract_seconds: +extractSeconds.toFixed(3),
      pages_per_second: +(files.length / extractSeconds).toFixed(1),
      wall_seconds: +wallSeconds.toFixed(3), wall_pages_per_second: +(files.length / wallSeconds).toFixed(1),
      peak_process_mb: Math.round(Math.max(...results.map((r) => r.max_rss_mb))),
    };
    process.stderr.write(`readability: ${files.length} pages (${summary.errors} errors) in ${chunks.length} chunk processes, ` +
      `${lanes} at a time: extraction ${summary.extract_seconds} s = ${summary.pages_per_second} pages/s ` +
      `(file reading excluded; ${summary.wall_pages_per_second} pages/s counting process start, module load and reading)\n`);
    process.stdout.write(JSON.stringify(summary) + "\n");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  const args = parseArgs(process.argv.slice(2));
  await (args.worker ? runWorker(args) : runDriver(args));
} catch (e) {
  process.stderr.write(`extract.mjs: ${e.message}\n`);
  process.exitCode = 1;
}
