/** Ruby: Bundler, the version from .ruby-version or the Gemfile, Rails (assets, bin/rails), Sinatra/Rack on Puma. */

import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { healthPath, portHint, portVariable } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { normaliseVersion, toolVersionsEntry } from '../shared/versions.js';
import { appName, type StackDetection } from '../stack.js';

export const rubyDetection: StackDetection = {
  language: 'ruby',
  detect: (view, dir) => view.exists(join(dir, 'Gemfile')),
  plan(view, dir) {
    const plan: AppPlan = emptyPlan('ruby', appName(view, dir), dir);
    const gemfile = view.read(join(dir, 'Gemfile')) ?? '';
    const gems = [...gemfile.matchAll(/^\s*gem\s+["']([^"']+)["']/gm)].map((match) => match[1] as string);
    plan.packageManager = 'bundler';
    plan.installCommand = view.exists(join(dir, 'Gemfile.lock'))
      ? 'bundle install --deployment --without development test'
      : 'bundle install';
    if (!view.exists(join(dir, 'Gemfile.lock')))
      plan.warnings.push('no Gemfile.lock: commit it so builds are reproducible');
    const version =
      view
        .read(join(dir, '.ruby-version'))
        ?.trim()
        .replace(/^ruby-/, '') ??
      toolVersionsEntry(view.read(join(dir, '.tool-versions')), ['ruby']) ??
      /^\s*ruby\s+["']([^"']+)["']/m.exec(gemfile)?.[1];
    const normalised = normaliseVersion(version, 2);
    if (normalised) {
      plan.runtimeVersion = normalised.split('.').slice(0, 2).join('.');
      plan.runtimeConstraint = /^\d+(\.\d+)*$/.test(version?.trim() ?? '')
        ? plan.runtimeVersion
        : version?.trim();
      plan.evidence.runtimeVersion = view.exists(join(dir, '.ruby-version')) ? '.ruby-version' : 'Gemfile';
    }
    const puma = gems.includes('puma');
    if (gems.includes('rails') || view.exists(join(dir, 'config/application.rb'))) {
      plan.framework = 'rails';
      plan.buildCommand =
        view.exists(join(dir, 'app/assets')) || gems.includes('propshaft') || gems.includes('sprockets-rails')
          ? 'SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile'
          : undefined;
      plan.startCommand = 'bundle exec rails server -b 0.0.0.0 -p 3000';
      plan.devCommand = 'bundle exec rails server -b 0.0.0.0 -p 3000';
      plan.port = 3000;
      if (view.isDirectory(join(dir, 'db/migrate'))) {
        plan.migrateCommand = 'bundle exec rails db:migrate';
        plan.evidence.migrateCommand = 'db/migrate';
      }
      if (
        view.exists(join(dir, 'config/routes.rb')) &&
        /["']up["']|"\/up"/.test(view.read(join(dir, 'config/routes.rb')) ?? '')
      )
        plan.healthcheckPath = '/up';
    } else if (gems.includes('sinatra') || view.exists(join(dir, 'config.ru'))) {
      plan.framework = gems.includes('sinatra') ? 'sinatra' : 'rack';
      plan.startCommand = puma
        ? 'bundle exec puma -b tcp://0.0.0.0:9292'
        : 'bundle exec rackup -o 0.0.0.0 -p 9292';
      plan.port = 9292;
    } else {
      const entry = ['main.rb', 'app.rb', 'server.rb'].find((file) => view.exists(join(dir, file)));
      if (entry) plan.startCommand = `bundle exec ruby ${entry}`;
      else plan.warnings.push('no start command found: add a config.ru or a Procfile web line');
    }
    const procfileWeb = /^web:\s*(.+)$/m.exec(view.read(join(dir, 'Procfile')) ?? '')?.[1]?.trim();
    if (procfileWeb) {
      plan.startCommand = procfileWeb.replace(/\$PORT\b|\$\{PORT\}/g, String(plan.port ?? 3000));
      plan.evidence.startCommand = 'Procfile web';
    }
    const sources = view.find(dir, (file) => file.endsWith('.rb'), 40, 3);
    const health = plan.healthcheckPath ? undefined : healthPath(view, sources);
    if (health) plan.healthcheckPath = health.path;
    if (plan.port === undefined && plan.startCommand) {
      const port = portHint(view, dir, sources);
      if (port) {
        plan.port = port.port;
        plan.evidence.port = port.from;
      }
    }
    if (plan.port !== undefined) plan.portEnv = portVariable(view, sources);
    // Puma (which rails server runs), Unicorn and Falcon stop gracefully on SIGTERM; a plain script
    // does only if it traps the signal.
    const server = /\b(puma|rails server|unicorn|falcon|thin)\b/.test(plan.startCommand ?? '');
    const trap = sources.find((file) =>
      /\btrap\(\s*["'](?:SIG)?TERM["']|Signal\.trap\(\s*["'](?:SIG)?TERM/.test(view.read(file) ?? ''),
    );
    plan.handlesSigterm = server || trap !== undefined;
    if (trap) plan.evidence.handlesSigterm = trap;
    const services = new Set([...servicesFromDependencies(gems), ...servicesFromFiles(view, [dir])]);
    const adapter = /^\s*adapter:\s*(\w+)/m.exec(view.read(join(dir, 'config/database.yml')) ?? '')?.[1];
    if (adapter === 'postgresql') services.add('postgres');
    if (adapter === 'mysql2' || adapter === 'trilogy') services.add('mysql');
    plan.services = [...services].sort();
    return plan;
  },
};
