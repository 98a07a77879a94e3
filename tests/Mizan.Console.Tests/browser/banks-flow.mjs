// The banks and transparency reports in real headless Chromium (run by BankBrowserTests.cs, which seeds a bank and
// passes it in the environment): a moderator uploads an image to a bank, finds it by its SHA-256, retracts it with a
// reason; an auditor generates a transparency report, sees its charts with their text alternatives, and reads it in
// Arabic, right to left; every page shot is checked against the WCAG rules of axe-core.
import { run, env, base, expect } from "./common.mjs";
import crypto from "node:crypto";
import fs from "node:fs";

const bank = env("MIZAN_BANK");
const image = env("MIZAN_BANK_IMAGE");
const sha256 = crypto.createHash("sha256").update(fs.readFileSync(image)).digest("hex");

await run(async (t) => {
  t.step("moderator opens the banks");
  let context = await t.signIn(env("MIZAN_MODERATOR"));
  await t.page.goto(`${base}/banks`);
  expect(await t.page.locator(`#banks a[href="/banks/${bank}"]`).count() === 1, "the bank is not listed");
  await t.accessible("banks");
  await t.shot("banks");

  t.step("moderator uploads an image to the bank");
  await t.page.click(`#banks a[href="/banks/${bank}"]`);
  await t.page.getByLabel("File").setInputFiles(image);
  await t.page.getByLabel("Entry id (optional)").fill("browser-upload");
  await t.page.getByLabel("Labels (optional)").fill("test-data, browser");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#add-submit")]);
  const added = await t.page.locator("#message").innerText();
  expect(added.includes("Entry browser-upload added (3 signals)"), `after the upload: ${added}`);
  expect(await t.page.locator('#entries tr[data-entry="browser-upload"]').count() === 3, "the entry's three signals are not listed");

  t.step("moderator finds the entry by its SHA-256 in every bank");
  await t.page.goto(`${base}/banks`);
  await t.page.getByLabel("Hash type").selectOption("sha256");
  await t.page.getByLabel("Hash (hex)").fill(sha256);
  await Promise.all([t.page.waitForNavigation(), t.page.click("#search-hash-submit")]);
  const found = t.page.locator("#found-exact tbody tr", { hasText: "browser-upload" });
  expect(await found.count() === 1, "the search does not find the uploaded entry");
  expect((await found.innerText()).includes(bank), "the found entry does not name its bank");
  await t.accessible("bank-search");
  await t.shot("bank-search");

  t.step("moderator retracts it with a reason");
  await t.page.goto(`${base}/banks/${bank}`);
  const row = t.page.locator('#entries tr[data-entry="browser-upload"]').first();
  await row.getByLabel("Reason for retracting entry browser-upload").fill("Uploaded by mistake (test data)");
  await Promise.all([t.page.waitForNavigation(), row.getByRole("button", { name: "Retract entry browser-upload" }).click()]);
  expect((await t.page.locator("#message").innerText()).includes("retracted"), "no confirmation of the retraction");
  const reasons = await t.page.locator('#entries tr[data-entry="browser-upload"] .retracted-reason').allInnerTexts();
  expect(reasons.length === 3 && reasons.every((r) => r === "Uploaded by mistake (test data)"), `retraction reasons shown: ${reasons}`);
  await context.close();

  t.step("auditor generates a transparency report");
  context = await t.signIn(env("MIZAN_AUDITOR"));
  await t.page.goto(`${base}/reports`);
  await t.accessible("reports");
  await t.shot("reports");
  const today = new Date().toISOString().slice(0, 10);
  await t.page.getByLabel("Regime").selectOption("all");
  await t.page.getByLabel("From (first day)").fill(today);
  await t.page.getByLabel("To (last day, included)").fill(today);
  await Promise.all([t.page.waitForNavigation(), t.page.click("#generate-submit")]);
  expect(/\/reports\/\d+$/.test(t.page.url()), `generating did not open the report (${t.page.url()})`);
  expect((await t.page.locator("#message").innerText()).includes("generated and stored"), "no confirmation of the report");

  t.step("the report's charts are SVG with a text alternative");
  const charts = t.page.locator("section.report-figure svg[role=img]");
  const count = await charts.count();
  expect(count > 0, "the report has no chart");
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    const [title, desc] = (await chart.getAttribute("aria-labelledby")).split(" ");
    expect((await t.page.locator(`[id="${title}"]`).textContent()).length > 0, `chart ${i} has no title`);
    expect((await t.page.locator(`[id="${desc}"]`).textContent()).length > 0, `chart ${i} has no description`);
    const caption = await chart.locator("xpath=..").locator("figcaption").innerText();
    expect(caption.length > 0, `chart ${i} has no caption`);
  }
  const entries = t.page.locator('[id="figure-tco.7_3_b.bank_entries"]');
  expect((await entries.locator("svg").count()) === 1, "the bank entries figure has no chart");
  expect((await entries.locator("figcaption").innerText()).includes("md5"), "the chart's text alternative lacks its rows");
  await t.accessible("report");
  await t.shot("report");

  t.step("the report in Arabic reads right to left");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#language-switch")]);
  const dir = await t.page.locator("html").getAttribute("dir");
  expect(dir === "rtl", `after the switch: dir=${dir}`);
  expect(await t.page.evaluate(() => getComputedStyle(document.body).direction) === "rtl", "the page does not lay out right to left");
  expect((await t.page.locator("h1").innerText()).includes("تقرير الشفافية"), "the heading is not in Arabic");
  expect(await t.page.locator("section.report-figure svg[role=img]").count() === count, "the charts are not shown in Arabic");
  await t.accessible("report-arabic");
  await t.shot("report-arabic");
  await context.close();
});
