import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { aptCleanLists } from './apt-clean-lists.js';
import { aptGetAssumeYes } from './apt-get-assume-yes.js';
import { aptNoInstallRecommends } from './apt-no-install-recommends.js';
import { aptPinVersions } from './apt-pin-versions.js';
import { noApt } from './no-apt.js';

ruleTester(aptGetAssumeYes, {
  valid: [
    df('FROM debian', 'RUN apt-get install -y curl'),
    df('FROM debian', 'RUN apt-get -y install curl'),
    df('FROM debian', 'RUN apt-get install --yes curl'),
    df('FROM debian', 'RUN apt-get install --assume-yes curl'),
    df('FROM debian', 'RUN apt-get -qq install curl'),
    df('FROM debian', 'RUN apt-get -q -q install curl'),
    df('FROM debian', 'RUN apt-get -yq install curl'),
    df('FROM debian', 'RUN apt-get update'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN apt-get install curl'),
      lines: [2],
      output: df('FROM debian', 'RUN apt-get install -y curl'),
    },
    {
      code: df('FROM debian', 'RUN apt-get -q install curl'),
      lines: [2],
      output: df('FROM debian', 'RUN apt-get -q install -y curl'),
    },
    {
      name: 'inside sh -c',
      code: df('FROM debian', "RUN sh -c 'apt-get update && apt-get install curl'"),
      lines: [2],
    },
    {
      name: 'in a heredoc',
      code: df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install curl', 'EOF'),
      lines: [4],
      output: df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'),
    },
    { name: 'ONBUILD', code: df('FROM debian', 'ONBUILD RUN apt-get install curl'), lines: [2] },
  ],
});

ruleTester(aptNoInstallRecommends, {
  valid: [
    df('FROM debian', 'RUN apt-get install -y --no-install-recommends curl'),
    df('FROM debian', 'RUN apt-get install -y -o APT::Install-Recommends=false curl'),
    df('FROM debian', 'RUN apt-get update'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN apt-get update && apt-get install -y curl'),
      lines: [2],
      output: df('FROM debian', 'RUN apt-get update && apt-get install --no-install-recommends -y curl'),
    },
    {
      name: 'continuation keeps its comment',
      code: df('FROM debian', 'RUN apt-get update \\', '  # tools we need', '  && apt-get install -y curl'),
      lines: [4],
      output: df(
        'FROM debian',
        'RUN apt-get update \\',
        '  # tools we need',
        '  && apt-get install --no-install-recommends -y curl',
      ),
    },
  ],
});

ruleTester(aptPinVersions, {
  valid: [
    df('FROM debian', 'RUN apt-get install -y python=2.7'),
    df('FROM debian', 'RUN apt-get install -y ./local.deb /tmp/other.deb'),
    df('FROM debian', 'RUN apt-get install -y -t bookworm-backports curl=8.0'),
    df('FROM debian', 'RUN apt-get install -y "$PACKAGES"'),
    df('FROM debian', '# hadolint ignore=DL3008', 'RUN apt-get install -y curl'),
    df('FROM debian', '# shipshape-ignore apt-pin-versions', 'RUN apt-get install -y curl'),
  ],
  invalid: [
    { code: df('FROM debian', 'RUN apt-get install -y python'), lines: [2], message: 'python' },
    { code: df('FROM debian', 'RUN apt-get install -y curl=8.0 git vim'), lines: [2, 2] },
    {
      name: 'a pragma covers only the next instruction',
      code: df(
        'FROM debian',
        '# hadolint ignore=DL3008',
        'RUN apt-get install -y a=1',
        'RUN apt-get install -y curl',
      ),
      lines: [4],
    },
  ],
});

ruleTester(aptCleanLists, {
  valid: [
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
      code: df('FROM debian', 'RUN apt-get update && apt-get install -y curl'),
      lines: [2],
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
      lines: [2],
    },
    {
      name: 'a stage the final one is built on ships its layers',
      code: df('FROM debian AS base', 'RUN apt-get update', 'FROM base'),
      lines: [2],
    },
  ],
});

ruleTester(noApt, {
  valid: [df('FROM debian', 'RUN apt-get install -y curl && apt-cache policy curl')],
  invalid: [{ code: df('FROM debian', 'RUN apt install -y python'), lines: [2] }],
});
