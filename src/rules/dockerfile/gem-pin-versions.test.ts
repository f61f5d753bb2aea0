import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { gemPinVersions } from './gem-pin-versions.js';

ruleTester(gemPinVersions, {
  valid: [
    df('FROM ruby:3.1', 'RUN gem install bundler:2.5.22 rake -v 13.2.1'),
    df('FROM ruby:3.1', 'RUN gem install ./local.gem'),
    df('FROM ruby:3.1', 'RUN gem install bundler:2.0.1 --use-system-libraries true'),
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
    {
      name: 'a switch before the gem takes no value (unlike hadolint, which skips the word after any option)',
      code: df('FROM ruby:3.1', 'RUN gem install --no-document rails'),
      errors: [
        { line: 2, column: 31, endLine: 2, endColumn: 36, messageId: 'pin', data: { value: 'rails' } },
      ],
    },
  ],
});
