// The legal officer's flow in real headless Chromium (run by LegalBrowserTests.cs, which seeds the records through the
// API with keys and passes their ids in the environment): open a preservation hold, state the purpose and the
// justification, read the copy and reveal its blurred image, find the reading in the access log; review a data
// request and see the compiled disclosure; switch the interface to Arabic and check the direction. Every page is
// checked against the WCAG 2.1 A and AA rules of axe-core.
import { run, env, base, expect } from "./common.mjs";

const courtHold = env("MIZAN_COURT_HOLD");
const request = env("MIZAN_DATA_REQUEST");
const referral = env("MIZAN_REFERRAL");
const justification = "Preparing the file the court asked for (test data).";

await run(async (t) => {
  t.step("the legal officer signs in and sees the referrals");
  const context = await t.signIn(env("MIZAN_LEGAL"));
  await t.page.goto(`${base}/referrals`);
  expect(await t.page.locator(`#referrals a[href="/referrals/${referral}"]`).count() === 1, "the referral is not listed");
  await t.shot("referrals");
  await t.accessible("referrals");

  await t.page.goto(`${base}/referrals/${referral}`);
  expect(await t.page.locator("#answer-form").count() === 1, "the legal officer is not offered the answer form");
  await t.accessible("referral");

  t.step("the holds list shows metadata only");
  await Promise.all([t.page.waitForNavigation(), t.page.click('header nav a[href="/holds"]')]);
  expect(await t.page.locator(`#holds a[href="/holds/${courtHold}"]`).count() === 1, "the court-order hold is not listed");
  await t.shot("holds");
  await t.accessible("holds");

  t.step("open the hold: no copy until a purpose and a justification are stated");
  await Promise.all([t.page.waitForNavigation(), t.page.click(`#holds a[href="/holds/${courtHold}"]`)]);
  expect(await t.page.locator("#preserved-copy").count() === 0, "the copy is shown before any purpose was stated");
  expect((await t.page.locator("#access-log").innerText()).includes("Nobody has read the copy."), "the access log is not empty");
  await t.page.getByLabel("Legal proceedings").check();
  await t.page.getByLabel("Justification (why this reading is needed)").fill(justification);
  await Promise.all([t.page.waitForNavigation(), t.page.click("#reveal-copy")]);

  t.step("the copy is shown, its image blurred and greyscale until revealed");
  expect(await t.page.locator("#preserved-copy").count() === 1, "the copy is not shown after stating the purpose");
  const figure = t.page.locator("#preserved-media");
  expect((await figure.getAttribute("class")) === "media blurred grey", `media classes: ${await figure.getAttribute("class")}`);
  const before = await t.page.locator("#preserved-image").evaluate((img) => getComputedStyle(img).filter);
  expect(before.includes("blur") && before.includes("grayscale"), `computed filter before reveal: ${before}`);
  await t.page.click("#reveal-media");
  await t.page.waitForFunction(() => getComputedStyle(document.getElementById("preserved-image")).filter === "none");
  expect((await t.page.locator("#reveal-media").getAttribute("aria-pressed")) === "true", "the reveal button does not say it is pressed");
  expect((await t.page.locator("#preserved-related").getAttribute("dir")) === "auto", "the related data are not shown in their own direction");
  const log = await t.page.locator("#access-log").innerText();
  expect(log.includes(`legal_proceedings: ${justification}`) && log.includes(env("MIZAN_LEGAL")), `the reading is not in the access log: ${log}`);
  await t.shot("hold-revealed");
  await t.accessible("hold with the preserved copy");

  t.step("review a data request: approve with the legal basis");
  await t.page.goto(`${base}/data-requests/${request}`);
  expect(await t.page.locator("#review-form").count() === 1, "there is no review form");
  await t.page.getByLabel("approved", { exact: true }).check();
  await t.page.getByLabel("Legal basis").fill("18 U.S.C. 2703(c)(2) (test data)");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#review-submit")]);
  expect((await t.page.locator("#request-status").innerText()).includes("disclosed"), "the request is not disclosed");
  expect(await t.page.locator("#disclosure").count() === 1, "the compiled disclosure is not shown");
  expect(await t.page.locator("#review-form").count() === 0, "the review form is still offered");
  await t.shot("data-request");
  await t.accessible("data request with the disclosure");

  t.step("switch the interface to Arabic on the holds page");
  await t.page.goto(`${base}/holds`);
  await Promise.all([t.page.waitForNavigation(), t.page.click("#language-switch")]);
  const lang = await t.page.locator("html").getAttribute("lang");
  const dir = await t.page.locator("html").getAttribute("dir");
  expect(lang === "ar" && dir === "rtl", `after the switch: lang=${lang} dir=${dir}`);
  expect(await t.page.evaluate(() => getComputedStyle(document.body).direction) === "rtl", "the page does not lay out right to left");
  expect((await t.page.locator("h1").innerText()).includes("أوامر الحفظ"), "the heading is not in Arabic");
  await t.shot("holds-arabic");
  await t.accessible("holds in Arabic");
  await context.close();
});
