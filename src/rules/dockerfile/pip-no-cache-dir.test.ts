import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { pipNoCacheDir } from './pip-no-cache-dir.js';

ruleTester(pipNoCacheDir, {
  valid: [
    df('FROM python:3.11', 'RUN pip install --no-cache-dir flask'),
    df('FROM python:3.11', 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask'),
    df('FROM python:3.11', 'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt'),
    df('FROM python:3.11', 'RUN pip freeze > requirements.txt'),
  ],
  invalid: [
    {
      code: df('FROM python:3.11', 'RUN pip install flask'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 22,
          message: 'pip keeps its download cache in the layer: add --no-cache-dir or a cache mount',
        },
      ],
      output: df('FROM python:3.11', 'RUN pip install --no-cache-dir flask'),
    },
    {
      code: df('FROM python:3.11', 'RUN python3 -m pip install -r requirements.txt'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 47,
          message: 'pip keeps its download cache in the layer: add --no-cache-dir or a cache mount',
        },
      ],
      output: df('FROM python:3.11', 'RUN python3 -m pip install --no-cache-dir -r requirements.txt'),
    },
    {
      code: df('FROM python:3.11', 'RUN pip3.11 install x==1'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 25,
          message: 'pip keeps its download cache in the layer: add --no-cache-dir or a cache mount',
        },
      ],
      output: df('FROM python:3.11', 'RUN pip3.11 install --no-cache-dir x==1'),
    },
  ],
});
