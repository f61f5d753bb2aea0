import { describe, expect, it } from 'vitest';
import { npmrcSettings } from './npmrc-settings.js';

describe('npmrcSettings', () => {
  it('turns install settings into npm_config_ variables', () => {
    expect(npmrcSettings('legacy-peer-deps=true\nmin-release-age=14\n')).toEqual([
      ['npm_config_legacy_peer_deps', 'true'],
      ['npm_config_min_release_age', '14'],
    ]);
    expect(npmrcSettings('install-strategy="nested"\r\nnode-linker=isolated')).toEqual([
      ['npm_config_install_strategy', 'nested'],
      ['npm_config_node_linker', 'isolated'],
    ]);
  });

  it('leaves out registries, credentials, environment references and comments', () => {
    expect(
      npmrcSettings(
        [
          '# settings',
          '; more',
          'registry=https://npm.example.com/',
          '@acme:registry=https://npm.example.com/',
          '//npm.example.com/:_authToken=${NPM_TOKEN}',
          '_auth=dXNlcjpwYXNz',
          'always-auth=true',
          'cafile=/etc/ssl/acme.pem',
          'save-prefix=${PREFIX}',
          'engine-strict=true',
        ].join('\n'),
      ),
    ).toEqual([['npm_config_engine_strict', 'true']]);
    expect(npmrcSettings(undefined)).toEqual([]);
  });
});
