/** What the apt rules share: finding `apt-get install` and its package words. */

import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { ShellCommand, ShellWord } from '../../parse/shell.js';
import { type CommandSite, commandsOf, packageArgs } from './helpers.js';

const APT_FLAGS_WITH_VALUES = ['-o', '--option', '-t', '--target-release', '-c', '--config-file'];

export function* aptGetInstalls(model: DockerfileModel): Generator<CommandSite> {
  yield* commandsOf(model, ['apt-get'], ['install']);
}

export function aptPackages(command: ShellCommand): ShellWord[] {
  return packageArgs(command, ['install'], APT_FLAGS_WITH_VALUES);
}

/** The `install` word, where flags are inserted by fixes. */
export function installWord(command: ShellCommand, verb = 'install'): ShellWord | undefined {
  return command.args.find((arg) => arg.value === verb);
}
