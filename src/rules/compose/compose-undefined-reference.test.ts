import { ruleTester } from '../../../test/rule-tester.js';
import { composeUndefinedReference } from './compose-undefined-reference.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

/** A project on a pretend disk: the file under test reads its base and includes from here. */
const onDisk = (files: Record<string, string>, path: string) => ({
  absolutePath: path,
  configRelativePath: path.split('/').pop(),
  readFile: (file: string) => files[file],
});
const base = y(
  'services:',
  '  db:',
  '    image: postgres:17',
  '    volumes: ["pgdata:/var/lib/postgresql/data"]',
  'volumes:',
  '  pgdata: {}',
  'networks:',
  '  back: {}',
);

ruleTester(composeUndefinedReference, {
  valid: [
    {
      name: 'an override uses what its base file declares',
      code: y(
        'services:',
        '  api:',
        '    image: api:1',
        '    depends_on: [db]',
        '    networks: [back]',
        '    volumes: ["pgdata:/data"]',
      ),
      options: onDisk({ '/app/compose.yaml': base }, '/app/compose.override.yaml'),
    },
    {
      name: 'a prod variant loaded with -f compose.yaml -f compose.prod.yaml',
      code: y('services:', '  db:', '    volumes: ["pgdata:/var/lib/postgresql/data"]'),
      options: onDisk({ '/app/docker-compose.yml': base }, '/app/docker-compose.prod.yml'),
    },
    {
      name: 'a file that includes the one declaring them',
      code: y(
        'include: [db.compose.yaml]',
        'services:',
        '  api:',
        '    image: api:1',
        '    depends_on: [db]',
        '    networks: [back]',
      ),
      options: onDisk({ '/app/db.compose.yaml': base }, '/app/compose.yaml'),
    },
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    volumes: ["data:/d", "./src:/src", "/abs:/abs", "/anon"]',
      '    networks: [default, back]',
      '    secrets: [pw]',
      'volumes: { data: {} }',
      'networks: { back: {} }',
      'secrets: { pw: { file: ./pw } }',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes: ["dta:/d"]',
        '    networks: { front: {} }',
        '    secrets: [pw]',
        '    depends_on: [db]',
        'volumes: { data: {} }',
      ),
      errors: [
        {
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 23,
          messageId: 'declaredUnderTop',
          data: { noun: 'volume', reference: 'dta', section: 'volumes' },
        },
        {
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 22,
          messageId: 'declaredUnderTop',
          data: { noun: 'network', reference: 'front', section: 'networks' },
        },
        {
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 17,
          messageId: 'declaredUnderTop',
          data: { noun: 'secret', reference: 'pw', section: 'secrets' },
        },
        {
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 20,
          messageId: 'dependsNamesWhich',
          data: { dependency: 'db' },
        },
      ],
    },
  ],
});
