/** A plain static site: an index.html (at the root or in public/) with nothing to build. */

import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { join } from '../shared/services.js';
import { appName, type StackDetection } from '../stack.js';

const ROOTS = ['.', 'public', 'dist', 'site', 'www'];

export const staticDetection: StackDetection = {
  language: 'static',
  detect: (view, dir) =>
    ROOTS.some((root) => view.exists(join(dir, root === '.' ? 'index.html' : `${root}/index.html`))) ||
    view.exists(join(dir, 'Staticfile')),
  plan(view, dir) {
    const plan: AppPlan = emptyPlan('static', appName(view, dir), dir);
    const configured = /^root:\s*(\S+)/m.exec(view.read(join(dir, 'Staticfile')) ?? '')?.[1];
    const root =
      configured ??
      ROOTS.find((candidate) =>
        view.exists(join(dir, candidate === '.' ? 'index.html' : `${candidate}/index.html`)),
      ) ??
      '.';
    plan.static = true;
    plan.port = 8080;
    // init serves this folder; the evidence says which one and why.
    plan.evidence.staticRoot = root;
    plan.evidence.static = configured ? 'Staticfile root' : `${root === '.' ? '' : `${root}/`}index.html`;
    plan.evidence.port = 'static web server';
    return plan;
  },
};
