import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../../test/memory-file-system.js';
import { fileView } from '../shared/file-view.js';
import { pythonDetection } from './detect.js';
import { requirementFiles } from './requirements.js';

describe('requirementFiles', () => {
  it('follows -r and -c includes recursively, relative to the including file', () => {
    const files: Record<string, string> = {
      'requirements.txt': '-r requirements/prod.txt\n--constraint=constraints.txt\nflask==3.0.0\n',
      'requirements/prod.txt': '-r base.txt  # shared\ngunicorn==22.0.0\n',
      'requirements/base.txt': '-rcommon.txt\n-r ../requirements.txt\nrequests\n',
      'requirements/common.txt': 'click\n',
      'constraints.txt': 'urllib3<3\n',
    };
    expect(requirementFiles((path) => files[path])).toEqual([
      'requirements.txt',
      'requirements/prod.txt',
      'requirements/base.txt',
      'requirements/common.txt',
      'constraints.txt',
    ]);
  });

  it('skips URLs, paths outside the app and missing files', () => {
    const files: Record<string, string> = {
      'requirements.txt': '-r https://example.com/r.txt\n-r ../shared/r.txt\n-r missing.txt\nflask\n',
    };
    expect(requirementFiles((path) => files[path])).toEqual(['requirements.txt']);
  });
});

describe('Python detect through includes', () => {
  const plan = (requirement: string) =>
    pythonDetection.plan(
      fileView(
        memoryFileSystem({
          'requirements.txt': '-r requirements/base.txt\n',
          'requirements/base.txt': `${requirement}\n`,
          'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
        }),
        '/work',
      ),
      '.',
    );

  it('finds the framework in an included file, and knows fastapi[standard] brings uvicorn', () => {
    expect(plan('fastapi[standard]==0.115.6').framework).toBe('fastapi');
    expect(plan('fastapi[standard]==0.115.6').warnings).not.toContainEqual(expect.stringMatching(/uvicorn/));
    expect(plan('fastapi==0.115.6').warnings).toContainEqual(expect.stringMatching(/add uvicorn/));
  });
});
