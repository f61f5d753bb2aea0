/**
 * What lint (dependencies-before-source) and verify (cache-reuse) call "a dependency install": each
 * stack lists its own commands, and both read the one list (stacks/index.ts).
 */

export interface InstallCommand {
  /** The program by its last path component (`./mvnw` is `mvnw`). */
  programs: string[];
  /** Tested against the command's words that are not options, joined by one space (`mod download`). */
  words: RegExp;
  /**
   * For a command that also installs packages named on its command line (pip): true when these
   * arguments make it read a manifest, which is what the Dockerfile should copy first.
   */
  readsManifest?: (args: string[]) => boolean;
  /** The system's package manager (apt-get, apk): installs named packages, never from a manifest. */
  system?: boolean;
}

/** The entry a command (program and arguments, as a shell parser gives them) matches, if any. */
export function installCommandOf(
  patterns: InstallCommand[],
  program: string | undefined,
  args: string[],
): InstallCommand | undefined {
  if (!program) return undefined;
  const words = args.filter((arg) => !arg.startsWith('-')).join(' ');
  return patterns.find((pattern) => pattern.programs.includes(program) && pattern.words.test(words));
}

/** The system's package managers: what verify counts as an install too, though no manifest comes first. */
export const SYSTEM_PACKAGE_INSTALLS: InstallCommand[] = [
  {
    programs: ['apt-get', 'apt', 'apk', 'dnf', 'yum', 'microdnf'],
    words: /(?:^| )(?:install|add)\b/,
    system: true,
  },
];
