import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { pipefail } from './pipefail.js';

ruleTester(pipefail, {
  valid: [
    {
      name: 'PowerShell on a Windows base has no pipefail',
      code: df(
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
        'RUN Get-ChildItem C:\\ | Select-Object -First 1',
      ),
    },
    {
      name: 'SHELL powershell in a parent stage',
      code: df(
        'FROM example.com/base:1 AS base',
        'SHELL ["powershell", "-Command"]',
        'FROM base',
        'RUN Get-ChildItem | Measure-Object',
      ),
    },
    df(
      'FROM debian',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN wget -O - https://some.site | wc -l > /number',
    ),
    df('FROM debian', 'RUN set -o pipefail && wget -O - https://some.site | wc -l > /number'),
    df('FROM debian', 'RUN set -eux -o pipefail; curl -s x | tar -x'),
    df(
      'FROM mcr.microsoft.com/powershell',
      'SHELL ["pwsh", "-c"]',
      'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value',
    ),
    df('FROM debian', 'RUN echo hello'),
    {
      name: "Alpine's sh is BusyBox ash, which has pipefail",
      code: df(
        'FROM alpine:3.22 AS base',
        'FROM base',
        'SHELL ["/bin/sh", "-o", "pipefail", "-c"]',
        'RUN wget -O - https://some.site | wc -l > /number',
      ),
    },
  ],
  invalid: [
    {
      name: 'SHELL asks plain sh for pipefail, which dash refuses',
      code: df(
        'FROM debian:trixie-slim AS build',
        'SHELL ["/bin/sh", "-o", "pipefail", "-c"]',
        'RUN wget -O - https://some.site | wc -l > /number',
      ),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 32,
          message:
            'SHELL asks /bin/sh for -o pipefail, which dash (sh on Debian and Ubuntu) does not have: name /bin/bash in SHELL (/bin/ash on Alpine)',
        },
      ],
    },
    {
      code: df('FROM debian', 'RUN wget -O - https://some.site | wc -l > /number'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 32,
          message: 'this pipe hides failures of all but its last command: set -o pipefail first',
        },
      ],
    },
    {
      name: 'pipefail set after the pipe',
      code: df('FROM debian', 'RUN curl -s x | tar -x; set -o pipefail'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          message: 'this pipe hides failures of all but its last command: set -o pipefail first',
        },
      ],
    },
    {
      name: 'a SHELL without pipefail',
      code: df('FROM debian', 'SHELL ["/bin/sh", "-c"]', 'RUN curl -s x | tar -x'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 14,
          message: 'this pipe hides failures of all but its last command: set -o pipefail first',
        },
      ],
    },
  ],
});
