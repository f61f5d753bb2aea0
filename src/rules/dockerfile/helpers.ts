/** What many Dockerfile rules ask of the model: the shell commands of each RUN, their ranges, the final stage. */

import type { Range } from '../../core/source.js';
import { type DockerfileModel, type Instruction, type Stage, stageLineage } from '../../parse/dockerfile.js';
import { type RunScript, runScripts } from '../../parse/dockerfile-shell.js';
import type { ShellCommand, ShellWord } from '../../parse/shell.js';

export interface CommandSite {
  command: ShellCommand;
  instruction: Instruction;
  script: RunScript;
}

/** Every simple command of every RUN (ONBUILD RUN and heredoc scripts included), in order. */
export function* commands(model: DockerfileModel): Generator<CommandSite> {
  for (const instruction of model.instructions) {
    for (const script of runScripts(instruction)) {
      for (const command of script.script.commands) yield { command, instruction, script };
    }
  }
}

/** Commands of one program (by name), optionally with a given first positional argument. */
export function* commandsOf(
  model: DockerfileModel,
  programs: string[],
  sub?: string[],
): Generator<CommandSite> {
  for (const site of commands(model)) {
    if (!site.command.program || !programs.includes(site.command.program)) continue;
    if (sub) {
      const first = site.command.args.find((arg) => !(arg.value ?? arg.raw).startsWith('-'))?.value;
      if (!first || !sub.includes(first)) continue;
    }
    yield site;
  }
}

export function commandRange(model: DockerfileModel, site: CommandSite): Range {
  return model.index.range(site.script.toSource(site.command.start), site.script.toSource(site.command.end));
}

export function wordRange(model: DockerfileModel, site: CommandSite, word: ShellWord): Range {
  return model.index.range(site.script.toSource(word.start), site.script.toSource(word.end));
}

/** A zero-width range right after a word, to insert text there. */
export function afterWord(model: DockerfileModel, site: CommandSite, word: ShellWord): Range {
  const offset = site.script.toSource(word.end);
  return model.index.range(offset, offset);
}

/** Package arguments of an install command: positional words after the subcommand, flags and their values skipped. */
export function packageArgs(
  command: ShellCommand,
  subcommands: string[],
  flagsWithValues: string[] = [],
): ShellWord[] {
  const out: ShellWord[] = [];
  let seenSub = false;
  for (let i = 0; i < command.args.length; i++) {
    const arg = command.args[i] as ShellWord;
    const text = arg.value ?? arg.raw;
    if (text.startsWith('-')) {
      if (flagsWithValues.includes(text)) i++;
      continue;
    }
    if (!seenSub && subcommands.includes(text)) {
      seenSub = true;
      continue;
    }
    if (seenSub) out.push(arg);
  }
  return out;
}

/** True when a later command in the same RUN (script) matches. */
export function laterInSameRun(site: CommandSite, predicate: (command: ShellCommand) => boolean): boolean {
  const list = site.script.script.commands;
  const index = list.indexOf(site.command);
  return list.slice(index + 1).some(predicate);
}

/** The image a stage starts from, split into registry/name, tag and digest. */
export function imageReference(image: string): {
  name: string;
  tag: string | undefined;
  digest: string | undefined;
  registry: string | undefined;
} {
  const [withoutDigest, digest] = image.split('@') as [string, string | undefined];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const first = name.split('/')[0] as string;
  const registry =
    name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
      ? first
      : undefined;
  return { name, tag: hasTag ? withoutDigest.slice(colon + 1) : undefined, digest, registry };
}

/** Whether a stage's base is an earlier stage rather than an image. */
export function isStageReference(model: DockerfileModel, image: string): boolean {
  const lower = image.toLowerCase();
  return model.stages.some((stage) => stage.name?.toLowerCase() === lower);
}

/** The instruction that carries a RUN's flags: the trigger of an ONBUILD RUN, else the instruction itself. */
export function runInstruction(instruction: Instruction): Instruction {
  return instruction.keyword === 'ONBUILD' && instruction.trigger ? instruction.trigger : instruction;
}

/**
 * Whether a BuildKit cache or tmpfs mount of this RUN covers the directory: what the command writes there
 * never reaches the layer, so there is nothing to clean up.
 */
export function mountCovers(instruction: Instruction, directory: string): boolean {
  const dir = directory.replace(/\/+$/, '');
  return runInstruction(instruction).flags.some((flag) => {
    if (flag.name !== 'mount') return false;
    const options = new Map(
      (flag.value ?? '').split(',').map((part) => {
        const [key, ...value] = part.split('=');
        return [(key ?? '').trim(), value.join('=').trim()] as const;
      }),
    );
    const type = options.get('type') ?? 'bind';
    const target = (options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '').replace(
      /\/+$/,
      '',
    );
    return (
      (type === 'cache' || type === 'tmpfs') &&
      target !== '' &&
      (dir === target || dir.startsWith(`${target}/`))
    );
  });
}

/** Windows base images: servercore, nanoserver, the LTSC tags of Microsoft's images. */
const WINDOWS_IMAGE = /(windows|servercore|nanoserver|ltsc20\d\d|windowsservercore)/i;

/**
 * Whether a stage runs on Windows, where RUN goes to cmd or PowerShell and users have no UID. Read from
 * what the file shows: a Windows base image at the root of the stage's lineage, a SHELL of cmd or
 * PowerShell, the backtick escape directive Windows Dockerfiles use, or hadolint's `shell=` pragma.
 */
export function isWindowsStage(model: DockerfileModel, stage: Stage): boolean {
  if (model.escape === '`') return true;
  if (model.comments.some((comment) => /^hadolint\s+shell\s*=\s*(powershell|pwsh|cmd)/i.test(comment.text)))
    return true;
  const lineage = stageLineage(model, stage);
  const root = lineage[lineage.length - 1] as Stage;
  if (WINDOWS_IMAGE.test(root.baseImageExpanded)) return true;
  return lineage.some((s) =>
    s.instructions.some(
      (i) => i.keyword === 'SHELL' && /(^|[\\/])(cmd|powershell|pwsh)(\.exe)?$/i.test(i.exec?.[0] ?? ''),
    ),
  );
}
