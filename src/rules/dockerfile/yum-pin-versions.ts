import { MANAGERS, pinVersionsRule } from './rpm-package-manager.js';

export const yumPinVersions = pinVersionsRule(MANAGERS.yum, { id: 'yum-pin-versions', aliases: ['DL3033'] });
