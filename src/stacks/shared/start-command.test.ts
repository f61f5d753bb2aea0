import { describe, expect, it } from 'vitest';
import { startArgv } from './start-command.js';

describe('startArgv', () => {
  it.each<[string, string[]]>([
    ['bundle exec puma -C config/puma.rb', ['bundle', 'exec', 'puma', '-C', 'config/puma.rb']],
    [`gunicorn app:app --access-logfile '-'`, ['gunicorn', 'app:app', '--access-logfile', '-']],
    // Distilled from Procfiles that migrate, then serve.
    ['bin/rails db:migrate; bundle exec puma', ['sh', '-c', 'bin/rails db:migrate; exec bundle exec puma']],
    [
      'python manage.py migrate && gunicorn site.wsgi --bind 0.0.0.0:8000',
      ['sh', '-c', 'python manage.py migrate && exec gunicorn site.wsgi --bind 0.0.0.0:8000'],
    ],
    ['WEB_CONCURRENCY=2 bundle exec puma', ['sh', '-c', 'WEB_CONCURRENCY=2 exec bundle exec puma']],
    ['gunicorn app:app --workers $WORKERS', ['sh', '-c', 'exec gunicorn app:app --workers $WORKERS']],
    ['exec bundle exec puma; true', ['sh', '-c', 'exec bundle exec puma; exec true']],
    ['migrate || exit 1', ['sh', '-c', 'migrate || exit 1']],
    ['worker | tee log', ['sh', '-c', 'worker | tee log']],
  ])('%s', (command, argv) => expect(startArgv(command)).toEqual(argv));

  it('refuses a line that is not shell, saying so', () => {
    expect(() => startArgv('gunicorn "app:app')).toThrow(/not valid shell/);
  });
});
