import { describe, expect, it } from 'vitest';
import { projectArtifactId } from './detect.js';

describe('projectArtifactId', () => {
  it('names the project, not its parent, a dependency or a plugin', () => {
    const pom = `<?xml version="1.0"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <!-- <artifactId>commented-out</artifactId> -->
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.0</version>
  </parent>
  <dependencies>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  </dependencies>
  <groupId>com.example</groupId>
  <artifactId>petclinic</artifactId>
  <build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>`;
    expect(projectArtifactId(pom)).toBe('petclinic');
  });

  it('reads a pom without a parent', () => {
    expect(projectArtifactId('<project><groupId>a</groupId><artifactId>tool</artifactId></project>')).toBe(
      'tool',
    );
  });
});
