import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { yumAssumeYes } from './yum-assume-yes.js';

ruleTester(yumAssumeYes, {
  valid: [
    df('FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all'),
    df('FROM centos:7', 'RUN yum -qy install x-1'),
  ],
  invalid: [
    {
      code: df('FROM centos:7', 'RUN yum install httpd-2.4.6 && yum clean all'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 16,
          message: 'yum install needs -y: a build cannot answer its prompt',
        },
      ],
    },
  ],
});
