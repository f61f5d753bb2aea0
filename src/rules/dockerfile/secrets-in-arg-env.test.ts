import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { secretsInArgEnv } from './secrets-in-arg-env.js';

ruleTester(secretsInArgEnv, {
  valid: [
    {
      name: 'GPG_KEY holds public key fingerprints (official images)',
      code: df('FROM debian:bookworm-slim', 'ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305'),
    },
    df(
      'FROM debian',
      'ARG PUBLIC_KEY',
      'ENV GPG_KEY_ID=1 SSH_KEY_FILE=/run/secrets/k MONKEY=banana TOKENIZER=x',
    ),
  ],
  invalid: [
    {
      code: df('FROM debian', 'ARG GITHUB_TOKEN', 'ENV DB_PASSWORD=hunter2 AWS_SECRET_ACCESS_KEY=x'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 17,
          messageId: 'looksLikeSecret',
          data: { key: 'GITHUB_TOKEN', keyword: 'ARG' },
        },
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 24,
          messageId: 'looksLikeSecret',
          data: { key: 'DB_PASSWORD', keyword: 'ENV' },
        },
        {
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 48,
          messageId: 'looksLikeSecret',
          data: { key: 'AWS_SECRET_ACCESS_KEY', keyword: 'ENV' },
        },
      ],
    },
    {
      code: df('FROM debian', 'ENV API_KEY x'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          messageId: 'looksLikeSecret',
          data: { key: 'API_KEY', keyword: 'ENV' },
        },
      ],
    },
  ],
});
