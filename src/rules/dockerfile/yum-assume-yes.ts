import { assumeYesRule, MANAGERS } from './rpm-package-manager.js';

export const yumAssumeYes = assumeYesRule(MANAGERS.yum, { id: 'yum-assume-yes', aliases: ['DL3030'] });
