import { assumeYesRule, MANAGERS } from './rpm-package-manager.js';

export const dnfAssumeYes = assumeYesRule(MANAGERS.dnf, { id: 'dnf-assume-yes', aliases: ['DL3038'] });
