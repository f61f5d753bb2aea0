import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelGitHash } from './label-git-hash.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelGitHash, {
  valid: [
    {
      code: df('FROM debian', 'LABEL x="0123456789abcdef0123456789abcdef01234567"'),
      options: schema({ x: 'hash' }),
    },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'hash' }) },
  ],
  invalid: [
    {
      code: df('FROM debian', 'LABEL x="main"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 15,
          messageId: 'label',
          data: { key: 'x', valueName: 'a git hash' },
        },
      ],
      options: schema({ x: 'hash' }),
    },
  ],
});
