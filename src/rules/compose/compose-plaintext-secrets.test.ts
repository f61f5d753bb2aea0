import { ruleTester } from '../../../test/rule-tester.js';
import { composePlaintextSecrets } from './compose-plaintext-secrets.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composePlaintextSecrets, {
  valid: [
    y(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: ${DB_PASSWORD}',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/pw',
      '      POSTGRES_USER: app',
    ),
    y(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      - API_TOKEN',
      '      - SECRET_KEY=$SECRET_KEY',
    ),
    y(
      'services:',
      '  db:',
      '    image: mysql:8.4',
      '    environment:',
      '      MYSQL_RANDOM_ROOT_PASSWORD: "yes"',
      '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "no"',
    ),
    y(
      'services:',
      '  db:',
      '    environment:',
      '      POSTGRES_PASSWORD: !reset null',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  api:',
        '    image: api:1',
        '    environment:',
        '      - JWT_SECRET=changeme',
        '      - STRIPE_API_KEY=sk_live_x',
        '      - LOG_LEVEL=info',
      ),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 28,
          messageId: 'writtenFileSecret',
          data: { key: 'JWT_SECRET' },
        },
        {
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 33,
          messageId: 'writtenFileSecret',
          data: { key: 'STRIPE_API_KEY' },
        },
      ],
    },
  ],
});
