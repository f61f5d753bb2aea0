import { describe, expect, it } from 'vitest';
import { testImage } from '../../../test/test-image.js';
import type { HistoryEntry } from '../../docker/engine.js';
import type { ImageArchive, LayerEntry } from '../image-archive.js';
import { secretsCheck } from './secrets.js';

const archive = (paths: string[] = [], privateKeys: ImageArchive['privateKeys'] = []): ImageArchive => ({
  layers: [
    {
      archivePath: 'l',
      sizeBytes: 0,
      entries: paths.map((path): LayerEntry => ({ path, kind: 'file', sizeBytes: 1 })),
    },
  ],
  files: new Map(),
  privateKeys,
});
const history = (...createdBy: string[]): HistoryEntry[] =>
  createdBy.map((line) => ({ createdBy: line, sizeBytes: 0 }));

describe('secrets', () => {
  it.each([
    [
      'a clean image',
      testImage(),
      history('RUN |1 NODE_ENV=production /bin/sh -c npm ci # buildkit'),
      archive(['app/server.js', 'app/.env.example']),
    ],
    [
      'secret names without values, references and harmless names',
      testImage({
        env: ['API_KEY=', 'DB_PASSWORD_FILE=/run/secrets/db', 'TOKEN=${TOKEN}', 'PUBLIC_KEY=abc'],
      }),
      [],
      archive(),
    ],
    [
      'sample .env files and keys inside dependencies',
      testImage(),
      [],
      archive(
        ['app/node_modules/dotenv/.env', 'usr/lib/python3.11/test/.env'],
        [{ path: 'app/node_modules/x/test/key.pem', layer: 0 }],
      ),
    ],
  ])('passes %s', (_name, image, entries, files) => {
    expect(secretsCheck(image, entries, files).status).toBe('pass');
  });

  it.each([
    ['a secret ENV', testImage({ env: ['API_TOKEN=s3cr3t'] }), [], archive(), /ENV API_TOKEN has a value/],
    [
      'a token in any ENV',
      testImage({ env: ['GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789'] }),
      [],
      archive(),
      /ENV GH holds a GitHub token/,
    ],
    [
      'a secret label',
      testImage({ labels: { db_password: 'hunter2' } }),
      [],
      archive(),
      /LABEL db_password has a value/,
    ],
    [
      'a build argument in the history',
      testImage(),
      history('RUN |2 NPM_TOKEN=abc123 MODE=x /bin/sh -c npm ci # buildkit'),
      archive(),
      /build argument NPM_TOKEN has a value/,
    ],
    [
      'an AWS key in a RUN line',
      testImage(),
      history('/bin/sh -c aws configure set aws_access_key_id AKIAABCDEFGHIJKLMNOP'),
      archive(),
      /history holds a AWS access key id/,
    ],
    ['a .env file', testImage(), [], archive(['app/.env']), /\/app\/.env is in layer 1/],
    ['a .env.production file', testImage(), [], archive(['app/.env.production']), /\/app\/.env.production/],
    [
      'a .git directory, once',
      testImage(),
      [],
      archive(['app/.git/HEAD', 'app/.git/config']),
      /^\/app\/.git is in layer 1: /,
    ],
    ['an SSH key by name', testImage(), [], archive(['root/.ssh/id_rsa']), /\/root\/.ssh\/id_rsa/],
    [
      'a private key by content',
      testImage(),
      [],
      archive([], [{ path: 'app/certs/server.key', layer: 0 }]),
      /server.key in layer 1 holds a private key/,
    ],
  ])('fails %s', (_name, image, entries, files, detail) => {
    const result = secretsCheck(image, entries, files);
    expect(result.status).toBe('fail');
    expect(result.detail).toMatch(detail);
  });
});
