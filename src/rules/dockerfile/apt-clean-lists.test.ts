import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { aptCleanLists } from './apt-clean-lists.js';

ruleTester(aptCleanLists, {
  valid: [
    {
      name: 'a cache mount on /var/lib/apt keeps the lists out, and docker-clean still deletes the .deb files',
      code: df(
        'FROM debian',
        'RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl',
      ),
    },
    {
      name: "BuildKit's recipe: docker-clean removed, both apt folders mounted",
      code: df(
        'FROM debian',
        'RUN rm -f /etc/apt/apt.conf.d/docker-clean',
        'RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \\',
        '    apt-get update && apt-get install -y curl',
      ),
    },
    {
      name: 'docker-clean removed, but the same RUN cleans the downloaded packages',
      code: df(
        'FROM debian',
        'RUN rm -f /etc/apt/apt.conf.d/docker-clean',
        'RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl && apt-get clean',
      ),
    },
    {
      name: 'apt-get dist-clean removes the lists (Debian 13 official images)',
      code: df(
        'FROM debian:trixie-slim',
        'RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates; apt-get dist-clean',
      ),
    },
    df('FROM debian', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    df(
      'FROM debian',
      'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl',
    ),
    df(
      'FROM debian AS build',
      'RUN apt-get update && apt-get install -y gcc',
      'FROM debian',
      'COPY --from=build /x /x',
    ),
  ],
  invalid: [
    {
      name: 'docker-clean removed in a parent stage, only the lists mounted: the .deb files stay in the layer',
      code: df(
        'FROM debian AS base',
        'RUN echo \'Binary::apt::APT::Keep-Downloaded-Packages "true";\' > /etc/apt/apt.conf.d/keep-cache',
        'FROM base',
        'RUN --mount=type=cache,target=/var/lib/apt \\',
        '    apt-get update && apt-get install -y python3',
      ),
      errors: [
        {
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
          messageId: 'archivesLeft',
          data: { ARCHIVES: '/var/cache/apt' },
        },
      ],
      // Which of a mount or apt-get clean is the user's choice, not a text edit.
      output: null,
    },
    {
      name: 'the fix goes before a trailing shell comment, and converges',
      code: df('FROM debian', 'RUN apt-get update && apt-get install -y make # build tools'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageId: 'listsLeft',
          data: { LISTS: '/var/lib/apt/lists' },
        },
      ],
      output: df(
        'FROM debian',
        'RUN apt-get update && apt-get install -y make && rm -rf /var/lib/apt/lists/* # build tools',
      ),
    },
    {
      code: df('FROM debian', 'RUN apt-get update && apt-get install -y curl'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageId: 'listsLeft',
          data: { LISTS: '/var/lib/apt/lists' },
        },
      ],
      output: df(
        'FROM debian',
        'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      ),
    },
    {
      name: 'removal in a later RUN does not count',
      code: df(
        'FROM debian',
        'RUN apt-get update && apt-get install -y curl',
        'RUN rm -rf /var/lib/apt/lists/*',
      ),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageId: 'listsLeft',
          data: { LISTS: '/var/lib/apt/lists' },
        },
      ],
      output: df(
        'FROM debian',
        'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
        'RUN rm -rf /var/lib/apt/lists/*',
      ),
    },
    {
      name: 'a stage the final one is built on ships its layers',
      code: df('FROM debian AS base', 'RUN apt-get update', 'FROM base'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageId: 'listsLeft',
          data: { LISTS: '/var/lib/apt/lists' },
        },
      ],
      output: df('FROM debian AS base', 'RUN apt-get update && rm -rf /var/lib/apt/lists/*', 'FROM base'),
    },
  ],
});
