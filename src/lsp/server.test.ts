import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';

// The built server as an editor runs it: a process spoken to over stdio by a JSON-RPC client.
const bin = join(import.meta.dirname, '../../bin/shipshape.js');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-lsp-'));
const DEBOUNCE_MS = 150;

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
  source: string;
  codeDescription?: { href: string };
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

let server: ChildProcess;
let client: MessageConnection;
const published: Published[] = [];
let waiters: Array<() => boolean> = [];

/** The next diagnostics published for `uri` that satisfy `test`, or a timeout. */
function diagnosticsFor(uri: string, test: (p: Published) => boolean = () => true, timeoutMs = 5000) {
  return new Promise<Published>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
    const check = () => {
      const found = published.find((p) => p.uri === uri && test(p));
      if (!found) return false;
      clearTimeout(timer);
      resolve(found);
      return true;
    };
    if (!check()) waiters.push(check);
  });
}

const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const dockerfileUri = uriOf('api/Dockerfile');
const dockerfile = 'FROM node:24-bookworm-slim as build\nUSER 1000\nCMD node server.js\n';

beforeAll(async () => {
  writeFileSync(join(dir, '.shipshape.yaml'), 'rules:\n  healthcheck-missing: off\n');
  server = spawn(process.execPath, [bin, 'lsp', '--stdio'], {
    cwd: dir,
    env: { ...process.env, SHIPSHAPE_LSP_DEBOUNCE_MS: String(DEBOUNCE_MS) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  client = createMessageConnection(
    new StreamMessageReader(server.stdout as NodeJS.ReadableStream),
    new StreamMessageWriter(server.stdin as NodeJS.WritableStream),
  );
  client.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params);
    waiters = waiters.filter((check) => !check());
  });
  client.listen();
});

afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('shipshape lsp --stdio', () => {
  it('initializes with diagnostics, code actions and hover', async () => {
    const result = (await client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
    })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    expect(result.serverInfo.name).toBe('shipshape');
    expect(result.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.shipshape'] },
    });
    await client.sendNotification('initialized', {});
  });

  it('publishes the CLI’s findings, with its configuration, when a Dockerfile opens', async () => {
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: dockerfileUri, languageId: 'dockerfile', version: 1, text: dockerfile },
    });
    const { diagnostics } = await diagnosticsFor(dockerfileUri, (p) => p.version === 1);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('from-as-casing');
    expect(codes).toContain('exec-form-cmd');
    // Switched off in .shipshape.yaml, as the CLI would.
    expect(codes).not.toContain('healthcheck-missing');
    const casing = diagnostics.find((d) => d.code === 'from-as-casing');
    expect(casing).toMatchObject({
      range: { start: { line: 0, character: 27 }, end: { line: 0, character: 29 } },
      severity: 2,
      source: 'shipshape',
    });
    expect(casing?.codeDescription?.href).toMatch(/docs\/rules\/from-as-casing\.md$/);
  });

  it('re-lints after changes, once the typing pauses', async () => {
    const change = (version: number, text: string) =>
      client.sendNotification('textDocument/didChange', {
        textDocument: { uri: dockerfileUri, version },
        contentChanges: [{ text }],
      });
    const started = published.length;
    await change(2, dockerfile.replace('CMD node', 'CMD  node'));
    await change(3, dockerfile.replace('CMD node server.js', 'CMD ["node"'));
    await change(4, dockerfile.replace('CMD node server.js', 'CMD ["node", "server.js"]'));
    const { diagnostics } = await diagnosticsFor(dockerfileUri, (p) => p.version === 4);
    expect(diagnostics.map((d) => d.code)).not.toContain('exec-form-cmd');
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2));
    // The versions typed in between were never linted.
    const since = published.slice(started).filter((p) => p.uri === dockerfileUri);
    expect(since.map((p) => p.version)).toEqual([4]);
  });

  it('offers each fix as a quick fix, and all of them at once', async () => {
    const range = { start: { line: 0, character: 28 }, end: { line: 0, character: 28 } };
    const actions = (await client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: dockerfileUri },
      range,
      context: { diagnostics: [] },
    })) as Array<{ title: string; kind: string; edit: { changes: Record<string, unknown[]> } }>;
    const quick = actions.find((a) => a.kind === 'quickfix');
    expect(quick?.title).toMatch(/^Fix from-as-casing/);
    expect(quick?.edit.changes[dockerfileUri]).toEqual([
      { range: { start: { line: 0, character: 27 }, end: { line: 0, character: 29 } }, newText: 'AS' },
    ]);
    const all = actions.find((a) => a.kind === 'source.fixAll.shipshape');
    expect(all?.edit.changes[dockerfileUri]?.[0]).toHaveProperty(
      'newText',
      'FROM node:24-bookworm-slim AS build\nUSER 1000\nCMD ["node", "server.js"]\n',
    );
    const elsewhere = (await client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: dockerfileUri },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    })) as unknown[];
    expect(elsewhere).toEqual([]);
  });

  it('explains the rule under the cursor on hover, with a link to its page', async () => {
    const hover = (await client.sendRequest('textDocument/hover', {
      textDocument: { uri: dockerfileUri },
      position: { line: 0, character: 28 },
    })) as { contents: { kind: string; value: string } };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('**from-as-casing**');
    expect(hover.contents.value).toMatch(/\[Rule documentation\]\([^)]*docs\/rules\/from-as-casing\.md\)/);
    const nothing = await client.sendRequest('textDocument/hover', {
      textDocument: { uri: dockerfileUri },
      position: { line: 1, character: 2 },
    });
    expect(nothing).toBeNull();
  });

  it('lints Compose files and .dockerignore, and reports YAML errors at their line', async () => {
    const composeUri = uriOf('compose.yaml');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: composeUri,
        languageId: 'yaml',
        version: 1,
        text: 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n',
      },
    });
    const compose = await diagnosticsFor(composeUri);
    expect(compose.diagnostics.map((d) => d.code)).toContain('compose-no-privileged');

    const brokenUri = uriOf('docker-compose.yml');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: brokenUri,
        languageId: 'yaml',
        version: 1,
        text: 'services:\n  web:\n   image: a\n  ports: [1\n',
      },
    });
    const broken = await diagnosticsFor(brokenUri);
    expect(broken.diagnostics[0]).toMatchObject({ severity: 1, source: 'shipshape' });
    expect(broken.diagnostics[0]?.range.start.line).toBeGreaterThan(0);

    const ignoreUri = uriOf('.dockerignore');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ignoreUri, languageId: 'ignore', version: 1, text: '/node_modules\n' },
    });
    const ignore = await diagnosticsFor(ignoreUri);
    expect(ignore.diagnostics.map((d) => d.code)).toContain('dockerignore-root-only-pattern');
  });

  it('reports a broken configuration on the document it would apply to', async () => {
    mkdirSync(join(dir, 'legacy'));
    writeFileSync(join(dir, 'legacy/.shipshape.yaml'), 'rules:\n  DL3008: loud\n');
    const uri = uriOf('legacy/Dockerfile');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'dockerfile', version: 1, text: dockerfile },
    });
    const { diagnostics } = await diagnosticsFor(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(
      /^configuration: .*legacy\/\.shipshape\.yaml:2:11 `rules\.DL3008` must be one of error, warning, info, style, off/,
    );
  });

  it('lints open documents again when a configuration they read is saved', async () => {
    const configPath = join(dir, '.shipshape.yaml');
    const original = readFileSync(configPath, 'utf8');
    const configUri = uriOf('.shipshape.yaml');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: configUri, languageId: 'yaml', version: 1, text: original },
    });
    const before = published.length;
    writeFileSync(configPath, `${original}  from-as-casing: off\n`);
    await client.sendNotification('textDocument/didSave', { textDocument: { uri: configUri } });
    const relinted = await diagnosticsFor(
      dockerfileUri,
      (p) => published.indexOf(p) >= before && !p.diagnostics.some((d) => d.code === 'from-as-casing'),
    );
    expect(relinted.diagnostics).toEqual([]);
    writeFileSync(configPath, original);
    await client.sendNotification('textDocument/didSave', { textDocument: { uri: configUri } });
    await diagnosticsFor(
      dockerfileUri,
      (p) =>
        published.indexOf(p) > published.indexOf(relinted) &&
        p.diagnostics.some((d) => d.code === 'from-as-casing'),
    );
  });

  it('clears a closed document’s diagnostics and exits on request', async () => {
    await client.sendNotification('textDocument/didClose', { textDocument: { uri: dockerfileUri } });
    await diagnosticsFor(dockerfileUri, (p) => p.diagnostics.length === 0 && p.version === undefined);
    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
