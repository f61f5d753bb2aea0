/** `pip install` in its spellings: pip, pip3, pip3.11, and `python -m pip`. */

import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { ShellWord } from '../../parse/shell.js';
import { type CommandSite, commands } from './helpers.js';

export const PIP_FLAGS_WITH_VALUES = [
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--trusted-host',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--build',
  '--upgrade-strategy',
  '--progress-bar',
  '--cache-dir',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--root-user-action',
  '--python',
  '--only-binary',
  '--no-binary',
  '--config-settings',
  '--report',
  '--global-option',
  '--exists-action',
  '--pip-args',
  '--suffix',
];

export interface PipInstall {
  site: CommandSite;
  /** The words after `install`. */
  args: ShellWord[];
  installWord: ShellWord;
}

/** With `pipx`, also `pipx install`, which installs a tool from PyPI the same way (but has no pip cache flags). */
export function* pipInstalls(model: DockerfileModel, { pipx = false } = {}): Generator<PipInstall> {
  for (const site of commands(model)) {
    const { program, args } = site.command;
    if (!program) continue;
    let rest: ShellWord[] | undefined;
    if (/^pip(\d+(\.\d+)?)?$/.test(program) || (pipx && program === 'pipx')) rest = args;
    else if (/^python(\d+(\.\d+)?)?$/.test(program) && args[0]?.value === '-m' && args[1]?.value === 'pip')
      rest = args.slice(2);
    if (!rest) continue;
    const index = rest.findIndex((arg) => arg.value === 'install');
    if (index < 0 || rest.slice(0, index).some((arg) => !(arg.value ?? '').startsWith('-'))) continue;
    yield { site, args: rest.slice(index + 1), installWord: rest[index] as ShellWord };
  }
}
