import { cacheCleanRule, MANAGERS } from './rpm-package-manager.js';

export const zypperClean = cacheCleanRule(MANAGERS.zypper, { id: 'zypper-clean', aliases: ['DL3036'] });
