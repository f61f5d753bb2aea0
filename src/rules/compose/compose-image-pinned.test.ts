import { ruleTester } from '../../../test/rule-tester.js';
import { composeImagePinned } from './compose-image-pinned.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeImagePinned, {
  valid: [
    y('services:', '  db:', '    image: postgres:16.4'),
    y('services:', '  db:', '    image: postgres@sha256:5aa0e5a5b0a9'),
    y('services:', '  app:', '    build: .', '    image: registry.example.com/app'),
    y('services:', '  app:', '    image: app:${TAG:-1.0}'),
    y('services:', '  r:', '    image: localhost:5000/team/app:1'),
  ],
  invalid: [
    {
      code: y('services:', '  db:', '    image: postgres'),
      errors: [
        {
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 20,
          message: 'postgres has no tag, so it is latest: pin a version',
        },
      ],
    },
    {
      code: y('services:', '  cache:', '    image: redis:latest', '  reg:', '    image: localhost:5000/app'),
      errors: [
        {
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 24,
          message: 'redis:latest moves with every release: pin a version',
        },
        {
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 30,
          message: 'localhost:5000/app has no tag, so it is latest: pin a version',
        },
      ],
    },
  ],
});
