// The review flow in real headless Chromium (run by BrowserTests.cs, which seeds the data and passes it in the
// environment): sign in, take a case from the queue, reveal a blurred image, decide with a statement of reasons, find
// the decision in the audit view, reverse it as an appeals reviewer, switch the interface to Arabic.
import { run, env, base, expect } from "./common.mjs";

const imageCase = env("MIZAN_IMAGE_CASE");
const integrationKey = env("MIZAN_INTEGRATION_KEY");

await run(async (t) => {
  t.step("moderator signs in");
  let context = await t.signIn(env("MIZAN_MODERATOR"));
  await t.page.goto(`${base}/queue`);
  await t.shot("queue");
  await t.accessible("queue");

  t.step("moderator takes the case from the queue");
  await Promise.all([t.page.waitForNavigation(), t.page.click(`button[aria-label="Claim case ${imageCase}"]`)]);
  expect(t.page.url().endsWith(`/cases/${imageCase}`), `claiming did not open the case (${t.page.url()})`);

  t.step("the image is blurred and greyscale until revealed");
  const figure = t.page.locator(`figure.media`);
  expect((await figure.getAttribute("class")) === "media blurred grey", `media classes: ${await figure.getAttribute("class")}`);
  const filter = await t.page.locator("#media-image").evaluate((img) => getComputedStyle(img).filter);
  expect(filter.includes("blur") && filter.includes("grayscale"), `computed filter before reveal: ${filter}`);
  await t.shot("case-blurred");
  await t.accessible("case");
  await t.page.click("#reveal");
  await t.page.waitForFunction(() => getComputedStyle(document.getElementById("media-image")).filter === "none");
  expect((await t.page.locator("#reveal").getAttribute("aria-pressed")) === "true", "the reveal button does not say it is pressed");
  await t.shot("case-revealed");

  t.step("decide with a statement of reasons (keyboard shortcut r for remove)");
  await t.page.locator("h1").click();
  await t.page.keyboard.press("r");
  expect(await t.page.locator("#action-remove").isChecked(), "the r shortcut did not choose remove");
  await t.page.getByLabel("Policy clause or legal ground").fill("Regulation (EU) 2021/784 Art. 2(7)");
  await t.page.getByLabel("Explanation (why, on this ground)").fill("The image matches a verified bank entry (test data).");
  await t.page.getByLabel("Exemption considered").selectOption("news_reporting");
  await t.page.getByLabel("Assessment of the purpose").fill("Posted without reporting or commentary (test data).");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#preview")]);
  const statement = await t.page.locator("#statement-preview").innerText();
  expect(statement.includes("Regulation (EU) 2021/784 Art. 2(7)"), `the statement preview lacks the ground: ${statement}`);
  expect((await t.page.locator("#statement-preview").getAttribute("dir")) === "auto", "the statement is not shown in its own direction");
  await t.shot("case-statement-preview");
  await t.accessible("case with the statement preview");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#decide")]);
  expect((await t.page.locator("#case-status").innerText()).startsWith("decided"), "the case is not decided");
  const decisionText = await t.page.locator("#decisions li").first().innerText();
  const decisionId = /#(\d+)/.exec(decisionText)[1];
  console.log(`decision: ${decisionId}`);
  await context.close();

  t.step("the decision is in the audit view, by the person");
  context = await t.signIn(env("MIZAN_AUDITOR"));
  await t.page.goto(`${base}/audit?action=decision.made&verify=true`);
  const row = t.page.locator("#audit tbody tr", { hasText: "decision.made" }).filter({ hasText: `decision ${decisionId}` });
  expect(await row.count() === 1, "the decision is not in the audit view");
  expect((await row.innerText()).includes(`user:${env("MIZAN_MODERATOR_ID")}:${env("MIZAN_MODERATOR")}`), "the audit event does not name the signed-in moderator");
  expect(await t.page.locator("#verification.valid").count() === 1, "the chain does not verify");
  await t.shot("audit");
  await t.accessible("audit");
  await context.close();

  t.step("the user complains through the platform");
  const complaint = await fetch(`${base}/v1/complaints`, {
    method: "POST",
    headers: { "Authorization": `Bearer ${integrationKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ decisionId: Number(decisionId), complainant: "content_provider", ref: "acct-1001", grounds: "منشوري كان تغطية إخبارية (test data)." }),
  });
  const complaintBody = await complaint.text();
  expect(complaint.status === 201 || complaint.status === 200, `complaint: HTTP ${complaint.status} ${complaintBody}`);
  const complaintId = JSON.parse(complaintBody).id;

  t.step("an appeals reviewer reverses it");
  context = await t.signIn(env("MIZAN_REVIEWER"));
  await t.page.goto(`${base}/appeals`);
  await t.shot("appeals");
  await t.accessible("appeals");
  await Promise.all([t.page.waitForNavigation(), t.page.click(`a[href="/appeals/${complaintId}"]`)]);
  await t.page.getByLabel("Reverse the decision").check();
  await t.page.getByLabel("Reasons given to the complainant").fill("News reporting is exempt (test data).");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#appeal-submit")]);
  expect((await t.page.locator("#complaint-status").innerText()).includes("reversed"), "the complaint is not reversed");
  await t.shot("appeal-reversed");

  t.step("switch the interface to Arabic");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#language-switch")]);
  const lang = await t.page.locator("html").getAttribute("lang");
  const dir = await t.page.locator("html").getAttribute("dir");
  expect(lang === "ar" && dir === "rtl", `after the switch: lang=${lang} dir=${dir}`);
  expect(await t.page.evaluate(() => getComputedStyle(document.body).direction) === "rtl", "the page does not lay out right to left");
  await t.page.goto(`${base}/appeals`);
  expect(await t.page.locator("html").getAttribute("dir") === "rtl", "the language is not kept for the next page");
  expect((await t.page.locator("h1").innerText()).includes("الطعون"), "the heading is not in Arabic");
  await t.shot("appeals-arabic");
  await t.accessible("appeals in Arabic");
  await t.page.goto(`${base}/cases/${imageCase}`);
  await t.shot("case-arabic");
  await t.accessible("case in Arabic");
  await context.close();
});
