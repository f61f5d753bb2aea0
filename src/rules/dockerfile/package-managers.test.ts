import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { apkNoCache } from './apk-no-cache.js';
import { apkPinVersions } from './apk-pin-versions.js';
import { npmOmitDev } from './npm-omit-dev.js';
import { npmPinVersions } from './npm-pin-versions.js';
import { pipNoCacheDir } from './pip-no-cache-dir.js';
import { pipPinVersions } from './pip-pin-versions.js';

ruleTester(pipNoCacheDir, {
  valid: [
    df('FROM python:3.11', 'RUN pip install --no-cache-dir flask'),
    df('FROM python:3.11', 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask'),
    df('FROM python:3.11', 'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt'),
    df('FROM python:3.11', 'RUN pip freeze > requirements.txt'),
  ],
  invalid: [
    {
      code: df('FROM python:3.11', 'RUN pip install flask'),
      lines: [2],
      output: df('FROM python:3.11', 'RUN pip install --no-cache-dir flask'),
    },
    {
      code: df('FROM python:3.11', 'RUN python3 -m pip install -r requirements.txt'),
      lines: [2],
      output: df('FROM python:3.11', 'RUN python3 -m pip install --no-cache-dir -r requirements.txt'),
    },
    { code: df('FROM python:3.11', 'RUN pip3.11 install x==1'), lines: [2] },
  ],
});

ruleTester(pipPinVersions, {
  valid: [
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
      lines: [2],
      message: 'flask',
    },
    { code: df('FROM python:3.11', 'RUN pip install --upgrade --no-cache-dir pip'), lines: [2] },
  ],
});

ruleTester(apkNoCache, {
  valid: [
    df('FROM alpine:3.20', 'RUN apk add --no-cache curl=8.9.1-r2'),
    df('FROM alpine:3.20', 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'),
  ],
  invalid: [
    {
      code: df('FROM alpine:3.20', 'RUN apk add curl'),
      lines: [2],
      output: df('FROM alpine:3.20', 'RUN apk add --no-cache curl'),
    },
    { code: df('FROM alpine:3.20', 'RUN apk update && apk add --virtual .build gcc'), lines: [2] },
  ],
});

ruleTester(apkPinVersions, {
  valid: [
    df('FROM alpine:3.20', 'RUN apk add --no-cache curl=8.9.1-r2 "git~=2.45"'),
    df('FROM alpine:3.20', 'RUN apk add --no-cache --virtual .deps gcc=13.2.1-r0'),
  ],
  invalid: [
    {
      code: df('FROM alpine:3.20', 'RUN apk add --no-cache -t .deps gcc musl-dev=1.2'),
      lines: [2],
      message: 'gcc',
    },
  ],
});

ruleTester(npmPinVersions, {
  valid: [
    df('FROM node:20', 'RUN npm ci'),
    df('FROM node:20', 'RUN npm install'),
    df('FROM node:20', 'RUN npm install -g pm2@5.4.2 @nestjs/cli@10.4.5'),
    df('FROM node:20', 'RUN npm install ./packages/core git+https://host/repo.git file:../x'),
  ],
  invalid: [
    { code: df('FROM node:20', 'RUN npm install -g pm2'), lines: [2], message: 'pm2' },
    { code: df('FROM node:20', 'RUN npm i @nestjs/cli'), lines: [2], message: '@nestjs/cli' },
  ],
});

ruleTester(npmOmitDev, {
  valid: [df('FROM node:20', 'RUN npm ci --omit=dev'), df('FROM node:20', 'RUN yarn install --production')],
  invalid: [
    {
      code: df('FROM node:20', 'RUN npm ci --only=production'),
      lines: [2],
      output: df('FROM node:20', 'RUN npm ci --omit=dev'),
    },
    {
      code: df('FROM node:20', 'RUN npm install --production && npm cache clean --force'),
      lines: [2],
      output: df('FROM node:20', 'RUN npm install --omit=dev && npm cache clean --force'),
    },
    { code: df('FROM node:20', 'RUN npm prune --production'), lines: [2] },
  ],
});
