import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { copyEntireFilesystem } from './copy-entire-filesystem.js';

const message = 'this copies the whole file system of another stage into /: copy only the artifacts';

ruleTester(copyEntireFilesystem, {
  valid: [
    df('FROM golang:1.23 AS build', 'FROM scratch', 'COPY --from=build /out/app /app'),
    df('FROM golang:1.23 AS build', 'FROM scratch', 'COPY --from=build /etc/ssl/certs /etc/ssl/certs'),
    // The artifacts of a stage that built a whole root file system under one folder.
    df('FROM alpine:3.20 AS rootfs', 'FROM scratch', 'COPY --from=rootfs /rootfs/ /'),
    // The build context is not another stage.
    df('FROM scratch', 'COPY / /'),
    df('FROM golang:1.23 AS build', 'FROM scratch', 'COPY --from=build / /srv/build-root'),
  ],
  invalid: [
    {
      code: df('FROM golang:1.23 AS build', 'FROM scratch', 'COPY --from=build / /'),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 22, message }],
    },
    {
      name: 'exec form',
      code: df('FROM golang:1.23 AS build', 'FROM scratch', 'COPY --from=build ["/", "/"]'),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 29, message }],
    },
    {
      name: 'from an image',
      code: df('FROM scratch', 'COPY --link --from=debian:bookworm-slim / /'),
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 44, message }],
    },
  ],
});
