import { MANAGERS, pinVersionsRule } from './rpm-package-manager.js';

export const dnfPinVersions = pinVersionsRule(MANAGERS.dnf, { id: 'dnf-pin-versions', aliases: ['DL3041'] });
