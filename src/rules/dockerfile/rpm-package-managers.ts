/**
 * yum, dnf and zypper get the same three checks as apt: answer prompts, pin versions, clean caches in
 * the same RUN. One table of data, one rule factory.
 */

import type { ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf, laterInSameRun, packageArgs, wordRange } from './helpers.js';

interface Manager {
  programs: string[];
  install: string[];
  yes: string[];
  /** How a pinned package looks to this manager. */
  pinned: RegExp;
  pinExample: string;
  clean: (command: ShellCommand) => boolean;
  cleanText: string;
  ids: { yes: [string, string]; pin: [string, string]; clean: [string, string] };
}

/** `<program> clean all`, or an `rm` of the package cache, cleans up after yum and dnf alike. */
function cleanAllOrRemoved(programs: string[], cacheDir: string): (command: ShellCommand) => boolean {
  return (c) =>
    (programs.includes(c.program ?? '') && c.args[0]?.value === 'clean' && c.args[1]?.value === 'all') ||
    (c.program === 'rm' && c.args.some((a) => (a.value ?? '').startsWith(cacheDir)));
}

const MANAGERS: Record<string, Manager> = {
  yum: {
    programs: ['yum'],
    install: ['install', 'groupinstall', 'localinstall'],
    yes: ['-y', '--assumeyes'],
    pinned: /-\d|\.rpm$/,
    pinExample: '<package>-<version>',
    clean: cleanAllOrRemoved(['yum'], '/var/cache/yum'),
    cleanText: 'yum clean all',
    ids: {
      yes: ['yum-assume-yes', 'DL3030'],
      pin: ['yum-pin-versions', 'DL3033'],
      clean: ['yum-clean', 'DL3032'],
    },
  },
  dnf: {
    programs: ['dnf', 'microdnf'],
    install: ['install', 'groupinstall'],
    yes: ['-y', '--assumeyes'],
    pinned: /-\d|\.rpm$/,
    pinExample: '<package>-<version>',
    clean: cleanAllOrRemoved(['dnf', 'microdnf'], '/var/cache/dnf'),
    cleanText: 'dnf clean all',
    ids: {
      yes: ['dnf-assume-yes', 'DL3038'],
      pin: ['dnf-pin-versions', 'DL3041'],
      clean: ['dnf-clean', 'DL3040'],
    },
  },
  zypper: {
    programs: ['zypper'],
    install: ['install', 'in'],
    yes: ['-y', '--no-confirm', '-n', '--non-interactive'],
    pinned: /[=<>]|\.rpm$/,
    pinExample: '<package>=<version>',
    clean: (c) => c.program === 'zypper' && c.args.some((a) => a.value === 'clean' || a.value === 'cc'),
    cleanText: 'zypper clean',
    ids: {
      yes: ['zypper-non-interactive', 'DL3034'],
      pin: ['zypper-pin-versions', 'DL3037'],
      clean: ['zypper-clean', 'DL3036'],
    },
  },
};

function installs(command: ShellCommand, manager: Manager): boolean {
  const sub = command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value;
  return sub !== undefined && manager.install.includes(sub);
}

function answersYes(command: ShellCommand, manager: Manager): boolean {
  return command.args.some((arg) => {
    const value = arg.value ?? '';
    return manager.yes.some(
      (flag) =>
        value === flag ||
        (flag.length === 2 && /^-[a-zA-Z]+$/.test(value) && value.includes(flag[1] as string)),
    );
  });
}

function rules(name: string, manager: Manager): DockerfileRule[] {
  const base = name === 'zypper' ? 'opensuse/leap:15.6' : name === 'dnf' ? 'fedora:40' : 'centos:7';
  const yes: DockerfileRule = {
    kind: 'dockerfile',
    id: manager.ids.yes[0],
    aliases: [manager.ids.yes[1]],
    severity: 'warning',
    fixable: false,
    docs: {
      summary: `Run ${name} install non-interactively.`,
      why: `A build cannot answer ${name}'s confirmation prompt; without ${manager.yes[0]} the install aborts.`,
      bad: `FROM ${base}\nRUN ${name} install httpd-2.4.6 && ${manager.cleanText}\n`,
      good: `FROM ${base}\nRUN ${name} install ${manager.yes[0]} httpd-2.4.6 && ${manager.cleanText}\n`,
    },
    check({ model, report }) {
      for (const site of commandsOf(model, manager.programs)) {
        if (installs(site.command, manager) && !answersYes(site.command, manager)) {
          report({
            range: commandRange(model, site),
            message: `${name} install needs ${manager.yes[0]}: a build cannot answer its prompt`,
          });
        }
      }
    },
  };
  const pin: DockerfileRule = {
    kind: 'dockerfile',
    id: manager.ids.pin[0],
    aliases: [manager.ids.pin[1]],
    severity: 'warning',
    fixable: false,
    docs: {
      summary: `Pin the versions of packages installed with ${name}.`,
      why: `An unpinned package installs whatever the repository has at build time; pin ${manager.pinExample} for reproducible builds.`,
      bad: `FROM ${base}\nRUN ${name} install ${manager.yes[0]} httpd && ${manager.cleanText}\n`,
      good: `FROM ${base}\nRUN ${name} install ${manager.yes[0]} ${name === 'zypper' ? 'httpd=2.4.6' : 'httpd-2.4.6'} && ${manager.cleanText}\n`,
    },
    check({ model, report }) {
      for (const site of commandsOf(model, manager.programs)) {
        if (!installs(site.command, manager)) continue;
        for (const pkg of packageArgs(site.command, manager.install, [
          '--setopt',
          '--repo',
          '--enablerepo',
          '--disablerepo',
          '-r',
        ])) {
          if (pkg.value && !manager.pinned.test(pkg.value))
            report({
              range: wordRange(model, site, pkg),
              message: `pin the version of ${pkg.value} (${manager.pinExample})`,
            });
        }
      }
    },
  };
  const clean: DockerfileRule = {
    kind: 'dockerfile',
    id: manager.ids.clean[0],
    aliases: [manager.ids.clean[1]],
    severity: 'warning',
    fixable: false,
    docs: {
      summary: `Run ${manager.cleanText} in the RUN that installs.`,
      why: `${name} keeps metadata and packages in its cache; cleaned in a later RUN they still ship in the earlier layer.`,
      bad: `FROM ${base}\nRUN ${name} install ${manager.yes[0]} ${name === 'zypper' ? 'httpd=2.4.6' : 'httpd-2.4.6'}\n`,
      good: `FROM ${base}\nRUN ${name} install ${manager.yes[0]} ${name === 'zypper' ? 'httpd=2.4.6' : 'httpd-2.4.6'} && ${manager.cleanText}\n`,
    },
    check({ model, report }) {
      for (const site of commandsOf(model, manager.programs)) {
        if (installs(site.command, manager) && !laterInSameRun(site, manager.clean)) {
          report({
            range: commandRange(model, site),
            message: `${manager.cleanText} is missing after ${name} install in this RUN`,
          });
        }
      }
    },
  };
  return [yes, pin, clean];
}

export const rpmPackageManagerRules: DockerfileRule[] = Object.entries(MANAGERS).flatMap(([name, manager]) =>
  rules(name, manager),
);

export const zypperNoDistUpgrade: DockerfileRule = {
  kind: 'dockerfile',
  id: 'zypper-no-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not run zypper dist-upgrade in a Dockerfile.',
    why: 'A distribution upgrade inside an image turns a pinned base into an unpinned one and can pull in a new release; upgrade by moving to a newer base image tag instead.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper dist-upgrade\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.6 && zypper clean\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['zypper'], ['dist-upgrade', 'dup'])) {
      report({
        range: commandRange(model, site),
        message: 'do not dist-upgrade in a build: move to a newer base image instead',
      });
    }
  },
};
