import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { yumPinVersions } from './yum-pin-versions.js';

ruleTester(yumPinVersions, {
  valid: [df('FROM centos:7', 'RUN yum install -y httpd-2.4.6 /tmp/x.rpm && yum clean all')],
  invalid: [
    {
      code: df('FROM centos:7', 'RUN yum install -y httpd mod_ssl-2.4 && yum clean all'),
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 25,
          message: 'pin the version of httpd (<package>-<version>)',
        },
      ],
    },
  ],
});
