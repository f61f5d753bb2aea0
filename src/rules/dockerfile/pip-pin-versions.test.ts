import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { pipPinVersions } from './pip-pin-versions.js';

ruleTester(pipPinVersions, {
  valid: [
    {
      name: 'an upper bound is the author choosing',
      code: df('FROM python:3.12', "RUN pip install --no-cache-dir 'wheel<0.46'"),
    },
    df('FROM python:3.11', 'RUN pip install --no-cache-dir flask==3.0.3 "gunicorn>=22,<23"'),
    df('FROM python:3.11', 'RUN pip install --no-cache-dir -r requirements.txt'),
    df('FROM python:3.11', 'RUN pip install --no-cache-dir -e . ./libs/core'),
    df(
      'FROM python:3.11',
      'RUN pip install --no-cache-dir git+https://github.com/x/y@v1 /wheels/a-1.0-py3-none-any.whl',
    ),
    df('FROM python:3.11', 'RUN pip install --no-cache-dir -i https://mirror/simple x==1'),
  ],
  invalid: [
    {
      code: df('FROM python:3.11', 'RUN pip install --no-cache-dir flask gunicorn==22'),
      errors: [
        {
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 37,
          messageId: 'pin',
          data: { text: 'flask' },
        },
      ],
    },
    {
      code: df('FROM python:3.11', 'RUN pip install --upgrade --no-cache-dir pip'),
      errors: [
        {
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 45,
          messageId: 'pin',
          data: { text: 'pip' },
        },
      ],
    },
  ],
});
