import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { goInstallPin } from './go-install-pin.js';

ruleTester(goInstallPin, {
  valid: [
    df('FROM golang:1.19', 'RUN go install example.com/tool@v1.2.3 ./cmd/...'),
    {
      name: 'go install tool builds the tools go.mod pins (Go 1.24)',
      code: df('FROM golang:1.24', 'RUN go install tool'),
    },
  ],
  invalid: [
    {
      code: df('FROM golang:1.19', 'RUN go install example.com/tool@latest example.com/other'),
      errors: [
        {
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 39,
          message: 'pin example.com/tool to a version (@vX.Y.Z)',
        },
        {
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 57,
          message: 'pin example.com/other to a version (@vX.Y.Z)',
        },
      ],
    },
  ],
});
