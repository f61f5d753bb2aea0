import { assumeYesRule, MANAGERS } from './rpm-package-manager.js';

export const zypperNonInteractive = assumeYesRule(MANAGERS.zypper, {
  id: 'zypper-non-interactive',
  aliases: ['DL3034'],
});
