import { cacheCleanRule, MANAGERS } from './rpm-package-manager.js';

export const dnfClean = cacheCleanRule(MANAGERS.dnf, { id: 'dnf-clean', aliases: ['DL3040'] });
