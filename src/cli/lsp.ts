import { UsageError } from '../core/errors.js';
import { toolProjectLinks } from '../format/project-links.js';
import { type Command, EXIT, flagOption } from './command.js';

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'Run a language server: lint findings, fixes and rule help in your editor as you type.',
  usage: 'shipshape lsp --stdio',
  details: [
    'Speaks the Language Server Protocol over standard input and output. Buffers are linted as the files they',
    "stand for: the same rules, the nearest .shipshape.yaml (or .hadolint.yaml) and the build context's .dockerignore.",
    'See the README for VS Code, Neovim and Zed.',
  ].join('\n'),
  options: {
    stdio: { type: 'boolean', description: 'talk over standard input and output (the only transport)' },
  },
  async run(args, io) {
    if (!flagOption(args, 'stdio')) throw new UsageError('lsp: pass --stdio (the only transport there is)');
    // Loaded here so no other command pays for the protocol library.
    const { startLanguageServer } = await import('../lsp/server.js');
    const connection = startLanguageServer({
      input: process.stdin,
      output: process.stdout,
      fs: io.fs,
      env: io.env,
      cwd: io.cwd,
      links: toolProjectLinks(),
      debounceMs: Number(io.env.SHIPSHAPE_LSP_DEBOUNCE_MS ?? '') || 200,
    });
    // The server runs until the client says exit; vscode-languageserver then ends the process itself.
    await new Promise<void>((resolve) => connection.onExit(() => resolve()));
    return EXIT.ok;
  },
};
