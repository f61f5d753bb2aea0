import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { dependenciesBeforeSource } from './dependencies-before-source.js';

ruleTester(dependenciesBeforeSource, {
  valid: [
    df('FROM node:20', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build'),
    df('FROM python:3.11', 'COPY . .', 'RUN pip install --no-cache-dir flask==3.0.3'),
    df('FROM golang:1.19', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build ./...'),
    df(
      'FROM node:20 AS build',
      'COPY . .',
      'FROM node:20',
      'COPY --from=build /app/package.json .',
      'RUN npm ci',
    ),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'COPY . .', 'RUN npm ci'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 11,
          message:
            'this install runs after COPY . (line 2), so every source change re-runs it: copy the manifests first',
        },
      ],
    },
    {
      code: df('FROM python:3.11', 'COPY ./ /app/', 'RUN pip install -r requirements.txt'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 36,
          message:
            'this install runs after COPY ./ (line 2), so every source change re-runs it: copy the manifests first',
        },
      ],
    },
    {
      code: df('FROM golang:1.19', 'COPY . .', 'RUN go mod download && go build'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 20,
          message:
            'this install runs after COPY . (line 2), so every source change re-runs it: copy the manifests first',
        },
      ],
    },
    {
      code: df('FROM node:20', 'COPY . .', 'RUN yarn'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 9,
          message:
            'this install runs after COPY . (line 2), so every source change re-runs it: copy the manifests first',
        },
      ],
    },
  ],
});
