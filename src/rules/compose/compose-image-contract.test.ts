import { ruleTester } from '../../../test/rule-tester.js';
import { composeImageContract } from './compose-image-contract.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;
const db = (image: string, ...rest: string[]) => y('services:', '  db:', `    image: ${image}`, ...rest);

ruleTester(composeImageContract, {
  valid: [
    db('postgres:17-trixie', '    volumes:', '      - pgdata:/var/lib/postgresql/data'),
    db('postgres:16.4-bookworm', '    volumes: ["./data:/var/lib/postgresql/data"]'),
    db('postgres:18-trixie', '    volumes:', '      - pgdata:/var/lib/postgresql'),
    {
      name: 'PGDATA keeps the old layout on purpose',
      code: db(
        'postgres:18',
        '    environment:',
        '      PGDATA: /var/lib/postgresql/data',
        '    volumes: ["pgdata:/var/lib/postgresql/data"]',
      ),
    },
    db('mysql:8.4', '    volumes: ["data:/var/lib/postgresql/data"]'),
    db('${DB_IMAGE}', '    volumes: ["data:/var/lib/postgresql/data"]'),
  ],
  invalid: [
    {
      code: db('postgres:18-trixie', '    volumes:', '      - pgdata:/var/lib/postgresql/data'),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 40,
          message:
            'postgres:18-trixie keeps its data under /var/lib/postgresql, not /var/lib/postgresql/data: mount the volume on /var/lib/postgresql (or set PGDATA) (docker-library/postgres#1259)',
        },
      ],
    },
    {
      name: 'latest is 18 or newer today',
      code: db('postgres', '    volumes:', '      - ./pg:/var/lib/postgresql/data/:rw'),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 42,
          message:
            'postgres keeps its data under /var/lib/postgresql, not /var/lib/postgresql/data: mount the volume on /var/lib/postgresql (or set PGDATA) (docker-library/postgres#1259)',
        },
      ],
    },
    {
      name: 'long syntax, with a registry prefix',
      code: db(
        'docker.io/library/postgres:18.1-alpine3.22',
        '    volumes:',
        '      - type: volume',
        '        source: pgdata',
        '        target: /var/lib/postgresql/data',
      ),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 8,
          endColumn: 1,
          message:
            'docker.io/library/postgres:18.1-alpine3.22 keeps its data under /var/lib/postgresql, not /var/lib/postgresql/data: mount the volume on /var/lib/postgresql (or set PGDATA) (docker-library/postgres#1259)',
        },
      ],
    },
  ],
});
