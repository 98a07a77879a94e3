// The console's browser test: real headless Chromium (Debian's chromium) driven through playwright-core against a
// running Mizan server. Started by BrowserTests.cs, which seeds the data and passes it in the environment.
// Prints one line per step; exits 1 with the failing step's message, after a screenshot of the page it was on.
import { chromium } from "playwright-core";
import path from "node:path";
import fs from "node:fs";

const env = (name) => { const v = process.env[name]; if (!v) { throw new Error(`missing ${name}`); } return v; };
const base = env("MIZAN_URL");
const out = env("MIZAN_ARTIFACTS");
const password = env("MIZAN_PASSWORD");
const imageCase = env("MIZAN_IMAGE_CASE");
const integrationKey = env("MIZAN_INTEGRATION_KEY");
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.MIZAN_CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
let page;
let stepName = "start";
const step = (name) => { stepName = name; console.log(`step: ${name}`); };
const expect = (condition, message) => { if (!condition) { throw new Error(message); } };
const shot = async (name) => { await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true }); console.log(`screenshot: ${name}.png`); };

async function signIn(name) {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Password").fill(password);
  await Promise.all([page.waitForNavigation(), page.click("#sign-in")]);
  expect(!page.url().includes("/signin"), `${name} could not sign in (still at ${page.url()})`);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "__Host-mizan-session");
  expect(session && session.httpOnly && session.secure && session.sameSite === "Strict", "the session cookie is not Secure, HttpOnly and SameSite=Strict");
  return context;
}

try {
  step("moderator signs in");
  let context = await signIn(env("MIZAN_MODERATOR"));
  await page.goto(`${base}/queue`);
  await shot("queue");

  step("moderator takes the case from the queue");
  await Promise.all([page.waitForNavigation(), page.click(`button[aria-label="Claim case ${imageCase}"]`)]);
  expect(page.url().endsWith(`/cases/${imageCase}`), `claiming did not open the case (${page.url()})`);

  step("the image is blurred and greyscale until revealed");
  const figure = page.locator(`figure.media`);
  expect((await figure.getAttribute("class")) === "media blurred grey", `media classes: ${await figure.getAttribute("class")}`);
  const filter = await page.locator("#media-image").evaluate((img) => getComputedStyle(img).filter);
  expect(filter.includes("blur") && filter.includes("grayscale"), `computed filter before reveal: ${filter}`);
  await shot("case-blurred");
  await page.click("#reveal");
  await page.waitForFunction(() => getComputedStyle(document.getElementById("media-image")).filter === "none");
  expect((await page.locator("#reveal").getAttribute("aria-pressed")) === "true", "the reveal button does not say it is pressed");
  await shot("case-revealed");

  step("decide with a statement of reasons (keyboard shortcut r for remove)");
  await page.locator("h1").click();
  await page.keyboard.press("r");
  expect(await page.locator("#action-remove").isChecked(), "the r shortcut did not choose remove");
  await page.getByLabel("Policy clause or legal ground").fill("Regulation (EU) 2021/784 Art. 2(7)");
  await page.getByLabel("Explanation (why, on this ground)").fill("The image matches a verified bank entry (test data).");
  await page.getByLabel("Exemption considered").selectOption("news_reporting");
  await page.getByLabel("Assessment of the purpose").fill("Posted without reporting or commentary (test data).");
  await Promise.all([page.waitForNavigation(), page.click("#preview")]);
  const statement = await page.locator("#statement-preview").innerText();
  expect(statement.includes("Regulation (EU) 2021/784 Art. 2(7)"), `the statement preview lacks the ground: ${statement}`);
  expect((await page.locator("#statement-preview").getAttribute("dir")) === "auto", "the statement is not shown in its own direction");
  await shot("case-statement-preview");
  await Promise.all([page.waitForNavigation(), page.click("#decide")]);
  expect((await page.locator("#case-status").innerText()).startsWith("decided"), "the case is not decided");
  const decisionText = await page.locator("#decisions li").first().innerText();
  const decisionId = /#(\d+)/.exec(decisionText)[1];
  console.log(`decision: ${decisionId}`);
  await context.close();

  step("the decision is in the audit view, by the person");
  context = await signIn(env("MIZAN_AUDITOR"));
  await page.goto(`${base}/audit?action=decision.made&verify=true`);
  const row = page.locator("#audit tbody tr", { hasText: "decision.made" }).filter({ hasText: `decision ${decisionId}` });
  expect(await row.count() === 1, "the decision is not in the audit view");
  expect((await row.innerText()).includes(`user:${env("MIZAN_MODERATOR_ID")}:${env("MIZAN_MODERATOR")}`), "the audit event does not name the signed-in moderator");
  expect(await page.locator("#verification.valid").count() === 1, "the chain does not verify");
  await shot("audit");
  await context.close();

  step("the user complains through the platform");
  const complaint = await fetch(`${base}/v1/complaints`, {
    method: "POST",
    headers: { "Authorization": `Bearer ${integrationKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ decisionId: Number(decisionId), complainant: "content_provider", ref: "acct-1001", grounds: "منشوري كان تغطية إخبارية (test data)." }),
  });
  const complaintBody = await complaint.text();
  expect(complaint.status === 201 || complaint.status === 200, `complaint: HTTP ${complaint.status} ${complaintBody}`);
  const complaintId = JSON.parse(complaintBody).id;

  step("an appeals reviewer reverses it");
  context = await signIn(env("MIZAN_REVIEWER"));
  await page.goto(`${base}/appeals`);
  await shot("appeals");
  await Promise.all([page.waitForNavigation(), page.click(`a[href="/appeals/${complaintId}"]`)]);
  await page.getByLabel("Reverse the decision").check();
  await page.getByLabel("Reasons given to the complainant").fill("News reporting is exempt (test data).");
  await Promise.all([page.waitForNavigation(), page.click("#appeal-submit")]);
  expect((await page.locator("#complaint-status").innerText()).includes("reversed"), "the complaint is not reversed");
  await shot("appeal-reversed");

  step("switch the interface to Arabic");
  await Promise.all([page.waitForNavigation(), page.click("#language-switch")]);
  const lang = await page.locator("html").getAttribute("lang");
  const dir = await page.locator("html").getAttribute("dir");
  expect(lang === "ar" && dir === "rtl", `after the switch: lang=${lang} dir=${dir}`);
  expect(await page.evaluate(() => getComputedStyle(document.body).direction) === "rtl", "the page does not lay out right to left");
  await page.goto(`${base}/appeals`);
  expect(await page.locator("html").getAttribute("dir") === "rtl", "the language is not kept for the next page");
  expect((await page.locator("h1").innerText()).includes("الطعون"), "the heading is not in Arabic");
  await shot("appeals-arabic");
  await page.goto(`${base}/cases/${imageCase}`);
  await shot("case-arabic");
  await context.close();
  console.log("ok");
} catch (error) {
  console.log(`FAILED at "${stepName}": ${error.message}`);
  if (page) { try { await shot("failure"); } catch { /* the page may be gone */ } }
  process.exitCode = 1;
} finally {
  await browser.close();
}
