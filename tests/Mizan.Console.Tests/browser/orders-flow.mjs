// Removal orders in real headless Chromium (run by OrderBrowserTests.cs, which seeds an order through the API with an
// authority's key for an item the platform submitted): a legal officer opens the orders, watches the countdown tick
// down, opens the order, executes it and sees its state change; then the orders page in Arabic, right to left.
import { run, env, base, expect } from "./common.mjs";

const orderId = env("MIZAN_ORDER");

// Seconds left in a countdown's H:MM:SS.
const seconds = (text) => {
  const m = /^(\d+):(\d\d):(\d\d)$/.exec(text.trim());
  expect(m, `the countdown does not read H:MM:SS: "${text}"`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
};

await run(async (t) => {
  t.step("the legal officer signs in and opens the orders");
  const context = await t.signIn(env("MIZAN_LEGAL"));
  await t.page.goto(`${base}/orders`);
  const row = t.page.locator(`#order-row-${orderId}`);
  expect(await row.count() === 1, "the order is not listed");
  expect((await row.locator(".order-state").innerText()).trim() === "received", "the order is not shown as received");

  t.step("the countdown ticks down");
  const remaining = t.page.locator(`#countdown-${orderId} .remaining`);
  const deadline = await t.page.locator(`#countdown-${orderId} time`).getAttribute("datetime");
  expect(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(deadline), `the deadline is not UTC ISO 8601: ${deadline}`);
  const first = seconds(await remaining.innerText());
  expect(first > 55 * 60 && first <= 60 * 60, `the time left is not about an hour: ${first} s`);
  await t.page.waitForTimeout(2200);
  const second = seconds(await remaining.innerText());
  expect(second < first && first - second <= 4, `the countdown did not tick down: ${first} s, then ${second} s`);
  console.log(`countdown: ${first} s, then ${second} s`);
  await t.shot("orders");
  await t.accessible("orders");

  t.step("open the order");
  await Promise.all([t.page.waitForNavigation(), t.page.click(`a[href="/orders/${orderId}"]`)]);
  expect((await t.page.locator("#order-state").getAttribute("data-state")) === "received", "the order page does not show it received");
  expect(await t.page.locator("#form-execute").count() === 1, "there is no form to execute the order");
  expect(await t.page.getByLabel("Disable in every EU Member State").isChecked(), "disabling in the EU is not the default");
  await t.shot("order");
  await t.accessible("order");

  t.step("execute it");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#execute-submit")]);
  expect((await t.page.locator("#order-state").getAttribute("data-state")) === "executed", "the order is not executed");
  expect((await t.page.locator("#message").innerText()).includes("it is now executed"), "no confirmation message");
  expect(await t.page.locator("#form-execute").count() === 0, "the execute form is still offered");
  expect(await t.page.locator("#form-feedback").count() === 1, "the Annex II feedback form is not offered");
  expect((await t.page.locator("#order-history").innerText()).includes("removal_order.executed"), "the execution is not in the history");
  await t.shot("order-executed");
  await t.accessible("order-executed");

  t.step("the orders in Arabic, right to left");
  await Promise.all([t.page.waitForNavigation(), t.page.click("#language-switch")]);
  await t.page.goto(`${base}/orders`);
  const dir = await t.page.locator("html").getAttribute("dir");
  expect(dir === "rtl", `the orders page is not right to left: dir=${dir}`);
  expect(await t.page.evaluate(() => getComputedStyle(document.body).direction) === "rtl", "the page does not lay out right to left");
  expect((await t.page.locator("h1").innerText()).includes("أوامر الإزالة"), "the heading is not in Arabic");
  expect((await t.page.locator(`#order-row-${orderId} .order-state`).innerText()).includes("منفَّذ"), "the state is not in Arabic");
  await t.shot("orders-arabic");
  await t.accessible("orders-arabic");
  await context.close();
});
