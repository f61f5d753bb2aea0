import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../../test/memory-file-system.js';
import { fileView } from '../shared/file-view.js';
import { goDetection, goModules } from './detect.js';

// Distilled from gotify: its ORM's drivers pull in the MySQL, PostgreSQL and MongoDB clients as
// `// indirect` requirements, while the app itself runs on SQLite by default.
const GO_MOD = `module example.com/push

go 1.22

require (
\tgithub.com/gin-gonic/gin v1.10.0
\tgithub.com/lib/pq v1.10.9
\tgithub.com/mattn/go-sqlite3 v1.14.22
)

require (
\tgithub.com/go-sql-driver/mysql v1.9.3 // indirect
\tgithub.com/jackc/pgx/v5 v5.7.6 // indirect
\tgo.mongodb.org/mongo-driver/v2 v2.5.0 // indirect
\tgithub.com/labstack/echo/v4 v4.12.0 // indirect
)

require github.com/redis/go-redis/v9 v9.5.1 // indirect
require github.com/segmentio/kafka-go v0.4.47
`;

describe('goModules', () => {
  it('reads every requirement, or only the direct ones', () => {
    expect(goModules(GO_MOD)).toHaveLength(9);
    expect(goModules(GO_MOD, 'direct')).toEqual([
      'github.com/gin-gonic/gin',
      'github.com/lib/pq',
      'github.com/mattn/go-sqlite3',
      'github.com/segmentio/kafka-go',
    ]);
  });
});

describe('goDetection', () => {
  it('takes services and the framework from direct requirements only', () => {
    const view = fileView(
      memoryFileSystem({ 'go.mod': GO_MOD, 'main.go': 'package main\n\nfunc main() {}\n' }),
      '/work',
    );
    const plan = goDetection.plan(view, '.');
    expect(plan.services).toEqual(['kafka', 'postgres']);
    expect(plan.framework).toBe('gin');
  });
});
