import { cacheCleanRule, MANAGERS } from './rpm-package-manager.js';

export const yumClean = cacheCleanRule(MANAGERS.yum, { id: 'yum-clean', aliases: ['DL3032'] });
