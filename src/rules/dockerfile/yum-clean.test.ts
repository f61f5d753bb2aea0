import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { yumClean } from './yum-clean.js';

ruleTester(yumClean, {
  valid: [df('FROM centos:7', 'RUN yum install -y a-1 && rm -rf /var/cache/yum')],
  invalid: [
    {
      code: df('FROM centos:7', 'RUN yum install -y a-1', 'RUN yum clean all'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 23,
          message: 'yum clean all is missing after yum install in this RUN',
        },
      ],
    },
  ],
});
