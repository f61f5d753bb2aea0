import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { gemPinVersions } from './gem-pin-versions.js';

ruleTester(gemPinVersions, {
  valid: [
    df('FROM ruby:3.1', 'RUN gem install bundler:2.5.22 rake -v 13.2.1'),
    df('FROM ruby:3.1', 'RUN gem install ./local.gem'),
  ],
  invalid: [
    {
      code: df('FROM ruby:3.1', 'RUN gem install rails'),
      errors: [
        {
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 22,
          messageId: 'pin',
          data: { value: 'rails' },
        },
      ],
    },
  ],
});
