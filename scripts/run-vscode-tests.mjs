#!/usr/bin/env node
// Runs the integration suite inside a real VS Code, with the @vscode/test-electron protocol
// (an extension development path plus a module whose run() the extension host calls).
//
// Which VS Code, in this order (it says which it used):
//   1. VSCODE_EXECUTABLE_PATH, or a VS Code that @vscode/test-electron can download
//      (under xvfb-run when there is no display);
//   2. otherwise the offline VS Code: code-server 4.100.3 (VS Code 1.100.3), installed by
//      scripts/install-offline-vscode.sh, driven through its `payload` URL in headless Chromium.
// If neither works it fails and says what to install. It never skips.
//
// Usage: node scripts/run-vscode-tests.mjs [--offline]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const testsPath = join(root, 'out/test/integration/index.js');
const fixture = join(root, 'test/fixtures/workspace');
const TIMEOUT_MS = 10 * 60 * 1000;

function log(message) {
  process.stderr.write(`[vscode-tests] ${message}\n`);
}

/** A fresh copy of the fixture workspace: tests edit files, the fixture stays as it is. */
function workspaceCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-ws-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

function resultsFile() {
  return join(mkdtempSync(join(tmpdir(), 'policy-lens-results-')), 'results.txt');
}

/** Prints what the suite wrote (its spec lines and the closing "integration: N passed, N failed"). */
function printResults(file) {
  if (!existsSync(file)) return false;
  process.stdout.write(readFileSync(file, 'utf8'));
  return true;
}

async function viaTestElectron(executable) {
  const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  let vscodeExecutablePath = executable;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await Promise.race([
        downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable' }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('download timed out')), 120_000)),
      ]);
    } catch (e) {
      log(`@vscode/test-electron cannot download VS Code here (${String(e.message ?? e).split('\n')[0]})`);
      return undefined;
    }
  }
  if (!process.env.DISPLAY && process.platform === 'linux' && !process.env.POLICY_LENS_UNDER_XVFB) {
    if (spawnSync('which', ['xvfb-run']).status !== 0) throw new Error('No display: install xvfb (apt-get install xvfb) or set DISPLAY.');
    log('no display: re-running under xvfb-run');
    const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, POLICY_LENS_UNDER_XVFB: '1', VSCODE_EXECUTABLE_PATH: vscodeExecutablePath },
    });
    return r.status ?? 1;
  }
  log(`using VS Code at ${vscodeExecutablePath}`);
  const out = resultsFile();
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      launchArgs: [workspaceCopy(), '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { POLICY_LENS_TEST_OUT: out, POLICY_LENS_MEASUREMENTS: join(root, 'out/measurements') },
    });
    printResults(out);
    return 0;
  } catch {
    printResults(out);
    return 1;
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function waitForServer(url, child, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms / 1000}s`);
}

/**
 * Starts code-server on a free loopback port with fresh user data; returns it and a stop().
 * `settings`: user settings beside the defaults below.
 */
export async function startCodeServer({ extensionsDir, env = {}, folder, settings = {} }) {
  const install = spawnSync('bash', [join(root, 'scripts/install-offline-vscode.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (install.status !== 0)
    throw new Error(
      'Could not install the offline VS Code (scripts/install-offline-vscode.sh failed; it needs apt-get and the npm registry).',
    );
  const bin = install.stdout.trim().split('\n').pop();
  const port = await freePort();
  const userData = mkdtempSync(join(tmpdir(), 'policy-lens-user-'));
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'extensions.autoUpdate': false,
      'workbench.tips.enabled': false,
      'telemetry.telemetryLevel': 'off',
      ...settings,
    }),
  );
  const exts = extensionsDir ?? mkdtempSync(join(tmpdir(), 'policy-lens-exts-'));
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userData,
    '--extensions-dir',
    exts,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    folder,
  ];
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let serverLog = '';
  child.stdout.on('data', (d) => (serverLog += d));
  child.stderr.on('data', (d) => (serverLog += d));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    rmSync(userData, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${base}/healthz`, child);
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n${serverLog.slice(-2000)}`);
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  return { base, port, bin, version, stop, serverLog: () => serverLog };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function viaCodeServer() {
  const folder = workspaceCopy();
  const out = resultsFile();
  const server = await startCodeServer({
    folder,
    env: { POLICY_LENS_TEST_OUT: out, POLICY_LENS_MEASUREMENTS: join(root, 'out/measurements') },
    // As on the desktop: in a browser VS Code saves every change after a second by default, which
    // would hide a feature that reads a file from disk instead of its unsaved text.
    settings: { 'files.autoSave': 'off' },
  });
  log(`using the offline VS Code: code-server ${server.version}`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const exited = new Promise((res) => void page.exposeFunction('codeAutomationExit', (code) => res(code)));
    if (process.env.POLICY_LENS_VERBOSE) page.on('console', (m) => log(`console: ${m.text()}`));
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(testsPath)],
    ]);
    await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
    const code = await Promise.race([exited, new Promise((res) => setTimeout(() => res('timeout'), TIMEOUT_MS))]);
    const printed = printResults(out);
    if (code === 'timeout') {
      log(`the suite did not finish within ${TIMEOUT_MS / 60000} minutes`);
      return 1;
    }
    if (!printed) {
      log('the suite wrote no results: the extension host did not run it. Server log:');
      process.stderr.write(server.serverLog().slice(-4000) + '\n');
      return 1;
    }
    return Number(code) === 0 ? 0 : 1;
  } finally {
    await browser.close();
    server.stop();
  }
}

async function main() {
  if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: build the tests first (node esbuild.mjs --integration).`);
  const offline = process.argv.includes('--offline');
  if (!offline) {
    const viaElectron = await viaTestElectron(process.env.VSCODE_EXECUTABLE_PATH);
    if (viaElectron !== undefined) return viaElectron;
  }
  return viaCodeServer();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      log(
        `failed: ${e.message ?? e}\nInstall a VS Code (set VSCODE_EXECUTABLE_PATH) or let ` +
          `scripts/install-offline-vscode.sh install the offline one (needs apt-get and the npm registry).`,
      );
      process.exit(1);
    },
  );
}
