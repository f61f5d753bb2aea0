import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { parseDockerignore } from '../../parse/dockerignore.js';
import { contextSecrets } from './context-secrets.js';

ruleTester(contextSecrets, {
  valid: [
    {
      code: df('FROM node:20', 'COPY . .'),
      options: {
        dockerignore: parseDockerignore('.env*\n!.env.example\n.git\n.npmrc\nid_rsa\n.aws\nsecrets\n'),
        contextKnown: true,
      },
    },
    df('FROM node:20', 'COPY package.json ./'),
    { name: 'text with no context', code: df('FROM node:20', 'COPY . .'), options: { contextKnown: false } },
  ],
  invalid: [
    {
      code: df('FROM node:20', 'COPY . .'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          message: 'COPY . with no .dockerignore sends .env files, .git and keys into the image',
        },
      ],
    },
    {
      code: df('FROM node:20', 'COPY . .'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          message:
            'COPY . would copy .env.local, .env.production, .git, id_rsa, .npmrc, .aws, secrets: add them to .dockerignore',
        },
      ],
      options: { dockerignore: parseDockerignore('node_modules\n.env\n') },
    },
    {
      code: df('FROM node:20', 'COPY . .'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          message:
            'COPY . would copy .env.production: add them to .dockerignore (line 7 of .dockerignore re-includes .env.production)',
        },
      ],
      options: {
        dockerignore: parseDockerignore('.env*\n.git\n.npmrc\nid_rsa\n.aws\nsecrets\n!.env.production\n'),
      },
    },
  ],
});
