/**
 * `shipshape lsp --stdio`: diagnostics for Dockerfiles, Compose files and .dockerignore as the user types,
 * fixes as code actions, the rule's summary and page on hover. Each buffer is linted as the file it stands for,
 * with the CLI's rules and configuration (see document-lint.ts); the protocol plumbing is vscode-languageserver's.
 */

import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Connection,
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/finding.js';
import type { ProjectLinks } from '../format/project-links.js';
import type { FileSystem } from '../io/file-system.js';
import { documentKind, fixedDocumentText, lintDocument, type OpenDocument } from './document-lint.js';
import {
  FIX_ALL_KIND,
  findingDiagnostic,
  fixAllAction,
  hoverFor,
  problemDiagnostic,
  quickFixes,
} from './protocol.js';

const AFFECTS_OTHERS = /^(\.shipshape\.ya?ml|\.hadolint\.ya?ml|.*\.?dockerignore)$/;

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  fs: FileSystem;
  env: Record<string, string | undefined>;
  cwd: string;
  links: ProjectLinks;
  /** Quiet time after the last keystroke before a buffer is linted again. */
  debounceMs: number;
}

/** Where a buffer lives on disk; an untitled buffer is treated as a file in the working directory. */
function documentPath(uri: string, cwd: string): string {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  return `${cwd}/${decodeURIComponent(
    uri
      .replace(/^[a-z]+:/i, '')
      .split('/')
      .pop() || 'Dockerfile',
  )}`;
}

export function startLanguageServer(options: ServerOptions): Connection {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(options.input),
    new StreamMessageWriter(options.output),
  );
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, { version: number; findings: Finding[] }>();
  const timers = new Map<string, NodeJS.Timeout>();

  const openDocument = (document: TextDocument): OpenDocument | undefined => {
    const path = documentPath(document.uri, options.cwd);
    const kind = documentKind(path, document.languageId);
    return kind ? { text: document.getText(), path, kind } : undefined;
  };

  const lintNow = (document: TextDocument): Finding[] => {
    const cached = linted.get(document.uri);
    if (cached && cached.version === document.version) return cached.findings;
    const open = openDocument(document);
    if (!open) return [];
    const result = lintDocument(open, options.fs, options.env);
    linted.set(document.uri, { version: document.version, findings: result.findings });
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: [
        ...result.problems.map((problem) => problemDiagnostic(problem.message, problem.position)),
        ...result.findings.map((finding) => findingDiagnostic(finding, options.links)),
      ],
    });
    return result.findings;
  };

  const lintLater = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) lintNow(current);
      }, options.debounceMs),
    );
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: {
        openClose: true,
        change: TextDocumentSyncKind.Incremental,
        save: { includeText: false },
      },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      hoverProvider: true,
    },
    serverInfo: { name: 'shipshape' },
  }));

  documents.onDidOpen(({ document }) => {
    lintNow(document);
  });
  documents.onDidChangeContent(({ document }) => {
    // didOpen also fires a content change; that version is linted already.
    if (linted.get(document.uri)?.version !== document.version) lintLater(document);
  });
  // Saving a configuration or a .dockerignore changes what other buffers' findings are: lint them all again.
  documents.onDidSave(({ document }) => {
    if (!AFFECTS_OTHERS.test(basename(documentPath(document.uri, options.cwd)))) return;
    linted.clear();
    for (const open of documents.all()) if (open.uri !== document.uri) lintNow(open);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const findings = lintNow(document);
    const only = context.only;
    const wants = (kind: string) =>
      !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
    const actions = wants('quickfix') ? quickFixes(document.uri, findings, range, options.links) : [];
    if (wants(FIX_ALL_KIND) && findings.some((finding) => finding.fix?.length)) {
      const open = openDocument(document);
      const fixed = open ? fixedDocumentText(open, options.fs, options.env) : undefined;
      if (fixed !== undefined)
        actions.push(fixAllAction(document.uri, document.getText(), fixed, document.lineCount));
    }
    return actions;
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return document ? hoverFor(lintNow(document), position, options.links) : null;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
