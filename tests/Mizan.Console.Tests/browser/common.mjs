// What every browser script shares: the environment BrowserHarness.cs passes, headless Chromium (Debian's chromium)
// through playwright-core, signing in, steps, checks and screenshots. A script calls run(async (t) => { ... }) and
// prints one line per step; on a failure it prints the step's message, saves a screenshot of the page it was on
// and exits 1.
import { chromium } from "playwright-core";
import path from "node:path";
import fs from "node:fs";
import { createRequire } from "node:module";

export const env = (name) => { const v = process.env[name]; if (!v) { throw new Error(`missing ${name}`); } return v; };
export const base = env("MIZAN_URL");
const out = env("MIZAN_ARTIFACTS");
const password = env("MIZAN_PASSWORD");
fs.mkdirSync(out, { recursive: true });
// axe-core (npm), the accessibility rules engine, run inside the page.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const expect = (condition, message) => { if (!condition) { throw new Error(message); } };

export async function run(script) {
  const browser = await chromium.launch({ executablePath: process.env.MIZAN_CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  // Anything the console's Content-Security-Policy blocked (an inline script, a foreign resource) fails the run.
  const blocked = [];
  const t = {
    page: undefined,
    stepName: "start",
    step(name) { t.stepName = name; console.log(`step: ${name}`); },
    async shot(name) { await t.page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true }); console.log(`screenshot: ${name}.png`); },
    // Checks the page against the WCAG 2.x A and AA rules of axe-core (labels, names, contrast, landmarks,
    // language and direction attributes, ...); any violation fails the step, naming the rule and the elements.
    async accessible(name) {
      await t.page.evaluate(axeSource);
      const result = await t.page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      expect(found.length === 0, `${name} has accessibility violations: ${found.join("; ")}`);
      console.log(`accessible: ${name} (${result.passes.length} rules pass)`);
    },
    // A new browser context signed in as the console user `name`; t.page is its page.
    async signIn(name, locale = "en-GB") {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      t.page = await context.newPage();
      t.page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy")) { blocked.push(`${t.stepName}: ${message.text()}`); }
      });
      await t.page.goto(`${base}/signin`);
      await t.page.getByLabel("Name").fill(name);
      await t.page.getByLabel("Password").fill(password);
      await Promise.all([t.page.waitForNavigation(), t.page.click("#sign-in")]);
      expect(!t.page.url().includes("/signin"), `${name} could not sign in (still at ${t.page.url()})`);
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === "__Host-mizan-session");
      expect(session && session.httpOnly && session.secure && session.sameSite === "Strict", "the session cookie is not Secure, HttpOnly and SameSite=Strict");
      return context;
    },
  };
  try {
    await script(t);
    t.stepName = "content security policy";
    expect(blocked.length === 0, `the browser blocked: ${blocked.join("; ")}`);
    console.log("ok");
  } catch (error) {
    console.log(`FAILED at "${t.stepName}": ${error.message}`);
    if (t.page) { try { await t.shot("failure"); } catch { /* the page may be gone */ } }
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
