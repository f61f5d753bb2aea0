import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import { appFacts } from './app-facts.js';

const facts = (files: Record<string, string>) => appFacts(memoryFileSystem(files, '/app'), '/app');

describe('appFacts: a registry that needs credentials', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['nothing but PyPI', { 'requirements.txt': 'flask==3.0.3\n' }, false],
    ['an .npmrc with settings only', { '.npmrc': 'engine-strict=true\nsave-exact=true\n' }, false],
    ['an .npmrc on the public registry', { '.npmrc': 'registry=https://registry.npmjs.org/\n' }, false],
    ['an .npmrc with a scope of its own', { '.npmrc': '@acme:registry=https://npm.pkg.github.com\n' }, true],
    ['an .npmrc with a login', { '.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' }, true],
    [
      'an extra index in requirements.txt',
      { 'requirements.txt': '--extra-index-url https://pypi.acme.dev/simple\nflask\n' },
      true,
    ],
    [
      '-i in a second requirements file',
      { 'requirements-prod.txt': '-i https://pypi.acme.dev/simple\nflask\n' },
      true,
    ],
    [
      'an index named in pyproject.toml for uv',
      { 'pyproject.toml': '[[tool.uv.index]]\nname = "acme"\nurl = "https://pypi.acme.dev/simple"\n' },
      true,
    ],
    [
      'a Poetry source',
      { 'pyproject.toml': '[[tool.poetry.source]]\nname = "acme"\nurl = "https://pypi.acme.dev/simple"\n' },
      true,
    ],
    [
      'a public extra index (PyTorch)',
      { 'requirements.txt': '--extra-index-url https://download.pytorch.org/whl/cpu\ntorch\n' },
      false,
    ],
    ['rubygems.org only', { Gemfile: 'source "https://rubygems.org"\ngem "rails"\n' }, false],
    [
      'a private gem source',
      { Gemfile: 'source "https://rubygems.org"\nsource "https://gems.acme.dev" do\n  gem "acme"\nend\n' },
      true,
    ],
    [
      'a Maven repository of its own',
      {
        'pom.xml':
          '<project><repositories><repository><id>acme</id><url>https://maven.acme.dev/releases</url></repository></repositories></project>',
      },
      true,
    ],
    [
      "Spring's public milestones, and a private repository only to deploy to",
      {
        'pom.xml':
          '<project><repositories><repository><url>https://repo.spring.io/milestone</url></repository></repositories><distributionManagement><repository><url>https://maven.acme.dev</url></repository></distributionManagement></project>',
      },
      false,
    ],
    [
      'a Gradle repository with credentials',
      {
        'build.gradle.kts':
          'repositories {\n  maven {\n    url = uri("https://maven.acme.dev")\n    credentials { username = "u" }\n  }\n}\n',
      },
      true,
    ],
    ['Gradle on Maven Central', { 'build.gradle': 'repositories {\n  mavenCentral()\n}\n' }, false],
    ['a Pipfile on PyPI only', { Pipfile: '[[source]]\nurl = "https://pypi.org/simple"\n' }, false],
    [
      'a Pipfile with an index of its own',
      { Pipfile: '[[source]]\nurl = "https://pypi.acme.dev/simple"\n' },
      true,
    ],
    ['Composer from Packagist', { 'composer.json': '{"require":{"monolog/monolog":"^3"}}' }, false],
    [
      'a Composer repository',
      { 'composer.json': '{"repositories":[{"type":"composer","url":"https://nova.laravel.com"}]}' },
      true,
    ],
    [
      'a local path repository',
      { 'composer.json': '{"repositories":[{"type":"path","url":"../packages/*"}]}' },
      false,
    ],
    [
      'Packagist switched off by name',
      { 'composer.json': '{"repositories":{"packagist.org":false}}' },
      false,
    ],
  ])('%s', (_case, files, expected) => {
    expect(facts(files).privateRegistry).toBe(expected);
  });
});

describe('appFacts: what Composer installs', () => {
  it.each<[string, string, boolean, string[]]>([
    ['platform requirements only', '{"require":{"php":"^8.2","ext-intl":"*"}}', false, ['intl']],
    ['a package', '{"require":{"php":"^8.2","laravel/framework":"^11.0"}}', true, []],
    [
      'an autoloader and no package',
      '{"require":{"php":"^8.2"},"autoload":{"psr-4":{"App\\\\":"src/"}}}',
      true,
      [],
    ],
  ])('%s', (_case, composer, install, extensions) => {
    expect(facts({ 'composer.json': composer })).toMatchObject({
      composerInstall: install,
      phpExtensions: extensions,
    });
  });
});
