import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInit } from '../../src/init/index.js';
import { memoryFileSystem } from '../memory-file-system.js';

const app = join(import.meta.dirname, '..', 'fixtures', 'apps', 'ruby-rack-procfile');
const files = Object.fromEntries(
  readdirSync(app).map((name) => [name, readFileSync(join(app, name), 'utf8')]),
);

describe('a Procfile web line with shell syntax', () => {
  it('runs through sh -c, the last command exec-ed, instead of one exec-form CMD split on spaces', () => {
    const fs = memoryFileSystem({
      ...files,
      Procfile: 'web: bundle exec rake db:migrate; bundle exec puma -p $PORT\n',
    });
    const dockerfile = planInit(fs, '/work', '0.0.0').files.find((file) => file.path === 'Dockerfile');
    expect(dockerfile?.content).toContain(
      'CMD ["sh", "-c", "bundle exec rake db:migrate; exec bundle exec puma -p 9292"]',
    );
  });
});
