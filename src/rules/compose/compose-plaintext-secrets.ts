import { tokenIn } from '../../core/secret-names.js';
import type { ComposeRule } from '../rule.js';
import { at, environmentEntries, services } from './helpers.js';

const SECRET_KEY =
  /(^|_)(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(_|$)/i;

export const composePlaintextSecrets: ComposeRule = {
  kind: 'compose',
  id: 'compose-plaintext-secrets',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Keep secret values out of environment: in the Compose file.',
    why: 'A password written into compose.yaml is committed with it, shown by `docker inspect` and inherited by every child process. Reference it from the environment or .env (`${DB_PASSWORD}`), or better mount it as a secret (`secrets:` with `POSTGRES_PASSWORD_FILE=/run/secrets/db_password`).',
    bad: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    environment:\n      POSTGRES_PASSWORD: hunter2\n',
    good: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
  },
  messages: {
    writtenFileSecret: '{key} is written in the file: use a secret or ${{key}} from the environment',
    tokenInFile:
      '{key} holds a secret token ({token}) written in the file: use a secret or ${{key}} from the environment',
  },
  check(context) {
    // Values from ${VAR} interpolation are not in the file: read the raw text, not the interpolated value.
    const raw = context.source.value as { services?: Record<string, unknown> } | undefined;
    for (const [name] of services(context)) {
      const rawService = raw?.services?.[name];
      if (!rawService || typeof rawService !== 'object') continue;
      for (const entry of environmentEntries(rawService as Record<string, unknown>, ['services', name])) {
        // A value in a known token format (sk_live_..., ghp_...) is a secret whatever its name.
        const token = entry.value === undefined ? undefined : tokenIn(entry.value);
        if (token) {
          context.report({
            range: at(context, entry.path),
            messageId: 'tokenInFile',
            data: { key: entry.key, token },
          });
          continue;
        }
        if (
          !SECRET_KEY.test(entry.key) ||
          /_FILE$/i.test(entry.key) ||
          // MySQL's and MariaDB's switches (MYSQL_RANDOM_ROOT_PASSWORD=yes) name a password but hold a flag.
          /_(?:RANDOM|ALLOW_EMPTY)_(?:ROOT_)?PASSWORD$/i.test(entry.key) ||
          entry.value === undefined ||
          entry.value === '' ||
          entry.value.includes('${') ||
          /^\$[A-Za-z_]/.test(entry.value)
        )
          continue;
        context.report({
          range: at(context, entry.path),
          messageId: 'writtenFileSecret',
          data: { key: entry.key },
        });
      }
    }
  },
};
