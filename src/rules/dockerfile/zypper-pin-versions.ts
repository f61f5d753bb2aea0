import { MANAGERS, pinVersionsRule } from './rpm-package-manager.js';

export const zypperPinVersions = pinVersionsRule(MANAGERS.zypper, {
  id: 'zypper-pin-versions',
  aliases: ['DL3037'],
});
