import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { chmodWorldWritable } from './chmod-world-writable.js';
import { curlPipeShell } from './curl-pipe-shell.js';
import { noCdInRun } from './no-cd-in-run.js';
import { noSudo } from './no-sudo.js';
import { pipefail } from './pipefail.js';

ruleTester(noSudo, {
  valid: [df('FROM debian', 'RUN pseudo-tool sudo')],
  invalid: [
    { code: df('FROM debian', 'RUN sudo apt-get install'), lines: [2] },
    { code: df('FROM debian', 'RUN make && sudo make install'), lines: [2] },
  ],
});

ruleTester(noCdInRun, {
  valid: [df('FROM debian', 'WORKDIR /usr/src/app', 'RUN make')],
  invalid: [{ code: df('FROM debian', 'RUN cd /usr/src/app && git clone hello'), lines: [2] }],
});

ruleTester(pipefail, {
  valid: [
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
  ],
  invalid: [
    { code: df('FROM debian', 'RUN wget -O - https://some.site | wc -l > /number'), lines: [2] },
    {
      name: 'pipefail set after the pipe',
      code: df('FROM debian', 'RUN curl -s x | tar -x; set -o pipefail'),
      lines: [2],
    },
    {
      name: 'a SHELL without pipefail',
      code: df('FROM debian', 'SHELL ["/bin/sh", "-c"]', 'RUN curl -s x | tar -x'),
      lines: [3],
    },
  ],
});

ruleTester(curlPipeShell, {
  valid: [
    df('FROM debian', 'RUN curl -fsSL https://x/tool.tgz | tar -xz'),
    df('FROM debian', 'RUN sh ./install.sh'),
  ],
  invalid: [
    { code: df('FROM debian', 'RUN curl -fsSL https://get.example.com | sh'), lines: [2] },
    { code: df('FROM debian', 'RUN wget -qO- https://x/install | bash -s -- --yes'), lines: [2] },
  ],
});

ruleTester(chmodWorldWritable, {
  valid: [df('FROM debian', 'RUN chmod 755 /app && chmod -R u+rwX,go-w /data && chmod 1775 /shared')],
  invalid: [
    { code: df('FROM debian', 'RUN chmod -R 777 /data'), lines: [2] },
    { code: df('FROM debian', 'RUN chmod a+w /data && chmod 0666 /x && chmod o+rw /y'), lines: [2, 2, 2] },
  ],
});
