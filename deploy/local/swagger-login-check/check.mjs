// Headless check of the developer path through Swagger UI, against a running local stack (deploy/local/run):
//   open Swagger UI -> Authorize -> log in on Keycloak's page (authorization code + PKCE, client peerpath-swagger)
//   -> "Try it out" on a protected operation (GET /v1/me, operationId `me`) -> expect 200.
// A screenshot lands in SCREENSHOT_DIR either way (the operation and its response; the whole page on failure). Uses
// Debian's chromium (apt-get install chromium); Playwright never downloads a browser here.
//
// Settings (environment): SWAGGER_URL (default http://localhost:8080/q/swagger-ui), KEYCLOAK_URL (default
// http://localhost:8180), OPERATION_ID (default me), PEERPATH_USER / PEERPATH_PASSWORD (default casey.coach /
// peerpath), CHROMIUM (default /usr/bin/chromium), SCREENSHOT_DIR (default deploy/local/.work).

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SWAGGER_URL = process.env.SWAGGER_URL ?? 'http://localhost:8080/q/swagger-ui';
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const OPERATION_ID = process.env.OPERATION_ID ?? 'me';
const USER = process.env.PEERPATH_USER ?? 'casey.coach';
const PASSWORD = process.env.PEERPATH_PASSWORD ?? 'peerpath';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = 60_000; // per step: a busy machine (CI, a first start) renders the large document slowly
// The OpenAPI document names the OpenID Connect discovery URL of the local stack's Keycloak; the service fixes it
// when it is built. Against a Keycloak elsewhere (deploy/checks runs its own), the browser's requests for that URL
// are sent there instead: everything else (the login page, the token endpoint) comes from that Keycloak's answer.
const DOCUMENT_KEYCLOAK_URL = 'http://localhost:8180';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.env.SCREENSHOT_DIR ?? resolve(here, '..', '.work');
const screenshotOk = join(outDir, 'swagger-login-check.png');
const screenshotFailed = join(outDir, 'swagger-login-check-failed.png');

function step(message) {
  console.log(`- ${message}`);
}

async function assertReachable(url) {
  try {
    const response = await fetch(url, { redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new Error(`${url} is not reachable (${error.message}); start the stack first: deploy/local/run`);
  }
}

// Swagger UI's Authorize dialog: for an openIdConnect scheme it lists one form per grant type the provider
// advertises; the authorization code one is what a developer uses.
async function logInThroughAuthorizeDialog(context, page) {
  step('open the Authorize dialog');
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  await dialog.waitFor();
  const codeFlow = dialog.locator('.auth-container', { hasText: 'authorization_code' }).first();
  await codeFlow.waitFor();

  step('click Authorize for the authorization code flow (opens Keycloak in a popup)');
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    codeFlow.locator('button.authorize').click(),
  ]);

  step(`log in on Keycloak's page as ${USER}`);
  await popup.waitForLoadState('domcontentloaded');
  if (!popup.url().startsWith(`${KEYCLOAK_URL}/realms/peerpath/`)) {
    throw new Error(`the popup did not open Keycloak's login page but ${popup.url()}`);
  }
  const authorizeUrl = new URL(popup.url());
  if (authorizeUrl.searchParams.get('code_challenge_method') !== 'S256') {
    throw new Error(`Swagger UI did not use PKCE S256 (authorize URL: ${popup.url()})`);
  }
  await popup.locator('#username').fill(USER);
  await popup.locator('#password').fill(PASSWORD);
  await Promise.all([
    popup.waitForEvent('close', { timeout: TIMEOUT_MS }), // oauth2-redirect.html hands the code back and closes
    popup.locator('#kc-login').click(),
  ]);

  step('back in Swagger UI: expect to be logged in');
  await codeFlow.locator('button', { hasText: 'Logout' }).waitFor();
  await dialog.locator('button.btn-done, button.close-modal').first().click();
  await dialog.waitFor({ state: 'detached' });
}

async function tryOperation(page) {
  const operation = page.locator(`.opblock[id^="operations-"][id$="-${OPERATION_ID}"]`).first();
  if ((await operation.count()) === 0) {
    throw new Error(`no operation with operationId '${OPERATION_ID}' in ${SWAGGER_URL}; set OPERATION_ID to one that needs a token`);
  }
  const path = (await operation.locator('.opblock-summary-path').first().innerText()).trim();
  step(`Try it out: ${OPERATION_ID} (${path})`);
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('button.execute').click();

  const status = operation.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor();
  const statusText = (await status.innerText()).trim();
  const body = await operation.locator('.live-responses-table .response-col_description .microlight')
    .first().innerText().catch(() => '');
  await operation.scrollIntoViewIfNeeded();
  await operation.screenshot({ path: screenshotOk }); // the operation with its live response
  return { path, status: statusText, body };
}

async function main() {
  await assertReachable(SWAGGER_URL);
  mkdirSync(outDir, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'peerpath-chromium-')); // a fresh profile every time

  // Playwright adds --headless itself (headless: true) and takes the profile directory as userDataDir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1400, height: 1000 },
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  if (KEYCLOAK_URL !== DOCUMENT_KEYCLOAK_URL) {
    await context.route(`${DOCUMENT_KEYCLOAK_URL}/**`, (route) =>
      route.continue({ url: KEYCLOAK_URL + route.request().url().slice(DOCUMENT_KEYCLOAK_URL.length) }));
  }
  const page = context.pages()[0] ?? (await context.newPage());

  try {
    step(`open ${SWAGGER_URL}`);
    await page.goto(SWAGGER_URL, { waitUntil: 'domcontentloaded' });
    await page.locator('.swagger-ui .information-container').waitFor();

    await logInThroughAuthorizeDialog(context, page);
    const result = await tryOperation(page);

    if (result.status !== '200') {
      throw new Error(`${OPERATION_ID} answered ${result.status} instead of 200: ${result.body}`);
    }
    console.log(`OK: logged in from Swagger UI as ${USER}; ${result.path} answered 200: ${result.body.replace(/\s+/g, ' ')}`);
    console.log(`Screenshot: ${screenshotOk}`);
  } catch (error) {
    await page.screenshot({ path: screenshotFailed, fullPage: true }).catch(() => {});
    console.error(`FAILED: ${error.message}`);
    console.error(`Screenshot: ${screenshotFailed}`);
    process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
