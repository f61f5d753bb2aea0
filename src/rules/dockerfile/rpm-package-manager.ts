/**
 * yum, dnf and zypper get the same three checks as apt: answer prompts, pin versions, clean caches in
 * the same RUN. This module holds what the nine rules share: each manager as data, and one factory per
 * check; each rule's id is written in its own file.
 */

import type { DockerfileModel } from '../../parse/dockerfile.js';
import type { ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import {
  type CommandSite,
  commandRange,
  commandsOf,
  laterInSameRun,
  mountCovers,
  packageArgs,
  wordRange,
} from './helpers.js';

export interface Manager {
  name: string;
  programs: string[];
  /** The programs that ask for confirmation: microdnf never prompts, so it needs no -y. */
  prompting: string[];
  install: string[];
  /** Subcommands that fill the package cache (installs, upgrades): the clean rule's concern. */
  fillsCache: string[];
  yes: string[];
  /** How a pinned package looks to this manager. */
  pinned: RegExp;
  pinExample: string;
  /** Whether a command, later in the RUN that ran `program`, cleans up after it. */
  clean: (command: ShellCommand, program: string) => boolean;
  cleanText: string;
  /** Where the manager keeps its cache: a cache or tmpfs mount there leaves nothing to clean. */
  cacheDirs: string[];
  /** A base image the documentation examples use. */
  base: string;
}

export interface RuleIds {
  id: string;
  aliases: string[];
}

/**
 * `<program> clean all` by the same program that installed (microdnf's clean does not clean dnf's cache),
 * or an `rm` of a package cache directory.
 */
function cleanAllOrRemoved(cacheDirs: string[]): (command: ShellCommand, program: string) => boolean {
  return (c, program) =>
    (c.program === program && c.args[0]?.value === 'clean' && c.args[1]?.value === 'all') ||
    (c.program === 'rm' && c.args.some((a) => cacheDirs.some((dir) => (a.value ?? '').startsWith(dir))));
}

export const MANAGERS = {
  yum: {
    name: 'yum',
    base: 'centos:7',
    programs: ['yum'],
    prompting: ['yum'],
    install: ['install', 'groupinstall', 'localinstall'],
    fillsCache: ['install', 'groupinstall', 'localinstall'],
    yes: ['-y', '--assumeyes'],
    pinned: /-\d|\.rpm$/,
    pinExample: '<package>-<version>',
    clean: cleanAllOrRemoved(['/var/cache/yum']),
    cleanText: 'yum clean all',
    cacheDirs: ['/var/cache/yum'],
  },
  dnf: {
    name: 'dnf',
    base: 'fedora:40',
    programs: ['dnf', 'microdnf'],
    prompting: ['dnf'],
    install: ['install', 'in', 'groupinstall'],
    fillsCache: [
      'install',
      'in',
      'groupinstall',
      'upgrade',
      'up',
      'upgrade-minimal',
      'up-min',
      'reinstall',
      'rei',
    ],
    yes: ['-y', '--assumeyes'],
    pinned: /-\d|\.rpm$/,
    pinExample: '<package>-<version>',
    clean: cleanAllOrRemoved(['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5']),
    cleanText: 'dnf clean all',
    cacheDirs: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
  },
  zypper: {
    name: 'zypper',
    base: 'opensuse/leap:15.6',
    programs: ['zypper'],
    prompting: ['zypper'],
    install: ['install', 'in'],
    fillsCache: ['install', 'in'],
    yes: ['-y', '--no-confirm', '-n', '--non-interactive'],
    pinned: /[=<>]|\.rpm$/,
    pinExample: '<package>=<version>',
    clean: (c) => c.program === 'zypper' && c.args.some((a) => a.value === 'clean' || a.value === 'cc'),
    cleanText: 'zypper clean',
    cacheDirs: ['/var/cache/zypp'],
  },
} satisfies Record<string, Manager>;

function installs(command: ShellCommand, manager: Manager, subcommands = manager.install): boolean {
  const [sub, next] = command.args
    .filter((arg) => !(arg.value ?? '').startsWith('-'))
    .map((arg) => arg.value);
  if (sub === 'module') return next === 'install';
  return sub !== undefined && subcommands.includes(sub);
}

/**
 * `dnf install` itself, from the program to its subcommand: a long install spans continuation lines and
 * comments, and the finding is about the missing -y, not about the package list.
 */
function installRange(model: DockerfileModel, site: CommandSite, manager: Manager) {
  const sub = site.command.args.find(
    (arg) => manager.install.includes(arg.value ?? '') || arg.value === 'install',
  );
  if (!sub) return commandRange(model, site);
  return model.index.range(site.script.toSource(site.command.start), site.script.toSource(sub.end));
}

/** `<manager> module install x`: a module stream is pinned as `name:stream`. */
function isModuleInstall(site: CommandSite): boolean {
  return site.command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value === 'module';
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

/** `<manager> install` must answer its confirmation prompt itself. */
export function assumeYesRule(manager: Manager, ids: RuleIds): DockerfileRule {
  const { name, base } = manager;
  return {
    kind: 'dockerfile',
    ...ids,
    severity: 'warning',
    fixable: false,
    docs: {
      summary: `Run ${name} install non-interactively.`,
      why: `A build cannot answer ${name}'s confirmation prompt; without ${manager.yes[0]} the install aborts.`,
      bad: `FROM ${base}\nRUN ${name} install httpd-2.4.6 && ${manager.cleanText}\n`,
      good: `FROM ${base}\nRUN ${name} install ${manager.yes[0]} httpd-2.4.6 && ${manager.cleanText}\n`,
    },
    check({ model, report }) {
      for (const site of commandsOf(model, manager.prompting)) {
        if (installs(site.command, manager) && !answersYes(site.command, manager)) {
          report({
            range: installRange(model, site, manager),
            message: `${name} install needs ${manager.yes[0]}: a build cannot answer its prompt`,
          });
        }
      }
    },
  };
}

/** Every package `<manager> install` names carries a version. */
export function pinVersionsRule(manager: Manager, ids: RuleIds): DockerfileRule {
  const { name, base } = manager;
  return {
    kind: 'dockerfile',
    ...ids,
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
        const module = isModuleInstall(site);
        for (const pkg of packageArgs(site.command, module ? ['install'] : manager.install, [
          '--setopt',
          '--repo',
          '--enablerepo',
          '--disablerepo',
          '-r',
        ])) {
          if (pkg.value && !(module ? /:/ : manager.pinned).test(pkg.value))
            report({
              range: wordRange(model, site, pkg),
              message: `pin the version of ${pkg.value} (${manager.pinExample})`,
            });
        }
      }
    },
  };
}

/** The RUN that installs also cleans the package cache, so it never reaches a layer. */
export function cacheCleanRule(manager: Manager, ids: RuleIds): DockerfileRule {
  const { name, base } = manager;
  return {
    kind: 'dockerfile',
    ...ids,
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
        if (!installs(site.command, manager, manager.fillsCache)) continue;
        if (manager.cacheDirs.some((dir) => mountCovers(site.instruction, dir))) continue;
        const program = site.command.program ?? name;
        if (!laterInSameRun(site, (command) => manager.clean(command, program))) {
          report({
            range: commandRange(model, site),
            message: `${manager.cleanText} is missing after ${name} install in this RUN`,
          });
        }
      }
    },
  };
}
