/**
 * The cases hadolint's own specifications give for the rules shipshape carries as aliases: a Dockerfile
 * and whether hadolint reports it. Each alias resolves to the shipshape rule, which must agree.
 */

import { describe, expect, it } from 'vitest';

import { lintDockerfileText } from '../../lint/engine.js';
import { findRule } from '../index.js';

const cases: Record<string, Array<[string, boolean]>> = {
  // Facts of hadolint's specifications that shipshape follows, in snippets of our own.
  DL3002: [
    ['FROM debian:bookworm AS base\nUSER root\nFROM base\nRUN make', true],
    ['FROM debian:bookworm AS base\nUSER root\nRUN make\nUSER app\nFROM base\nRUN make', false],
  ],
  DL3014: [
    ['RUN apt-get install -q=2 make', false],
    ['RUN apt-get install --quiet --quiet make', false],
    ['RUN apt-get install --assume-yes make', false],
    ['RUN apt-get install -q make', true],
  ],
  DL3018: [
    ['RUN apk add --no-cache make~4.4', false],
    ['RUN apk add --no-cache "make<4.5" "curl>=8"', false],
    ['RUN apk add --no-cache make', true],
  ],
  DL3019: [['RUN --mount=type=tmpfs,target=/var/cache/apk apk add make=4.4.1-r2', false]],
  DL3020: [
    ['ADD "vendor.tgz" /opt/', false],
    ['ADD notes.txt.gz /opt/', false],
    ['ADD "https://example.com/tool" /opt/', false],
  ],
  DL3028: [['RUN gem install nokogiri:1.16.7 -- --use-system-libraries', false]],
  DL3033: [
    ['RUN yum module install -y nodejs && yum clean all', true],
    ['RUN yum module install -y nodejs:20 && yum clean all', false],
  ],
  DL3036: [['RUN --mount=type=cache,target=/var/cache/zypp zypper install -y make=4.4', false]],
  DL3040: [
    ['RUN dnf in -y make-4.4', true],
    ['RUN dnf -y upgrade', true],
    ['RUN dnf clean all && dnf install -y make-4.4', true],
    ['RUN dnf install -y make-4.4 && rm -rf /var/cache/libdnf5', false],
    ['RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y make-4.4', false],
  ],
  DL3041: [['RUN dnf module install -y postgresql && dnf clean all', true]],
  DL3048: [['LABEL 9lives="x"', true]],
  DL3060: [
    ['RUN --mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn install', false],
    ['FROM node:20 AS tools\nRUN yarn install\nFROM scratch\nCOPY a b', false],
  ],
  DL3062: [
    ['RUN go get example.com/lib', true],
    ['RUN go run example.com/cmd/gen@latest', true],
    ['RUN go run example.com/cmd/gen@v1.2.0 ./...', false],
    ['RUN go run ./cmd/gen', false],
    ['RUN go get -tool example.com/lint', true],
  ],
  DL3064: [
    ['ARG AWS_ACCESS_KEY_ID\nFROM scratch', true],
    ['FROM scratch\nENV service_password=hunter2', true],
  ],
  DL3008: [
    ['RUN apt-get update && apt-get install python', true],
    [
      'RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*',
      false,
    ],
    [
      'RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*',
      false,
    ],
    ['RUN apt-get install -y python=1.2.2', false],
    ['RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb', false],
    [
      'RUN set -e &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*',
      false,
    ],
    ['ONBUILD RUN apt-get update && apt-get install python', true],
  ],
  DL3009: [
    ['FROM scratch\nRUN apt update && apt install make', true],
    ['FROM scratch\nRUN aptitude update && aptitude install make', true],
    [
      'FROM scratch\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install make',
      false,
    ],
    [
      'FROM scratch AS unused\nONBUILD RUN apt-get update && apt-get install make\nFROM scratch\nRUN true',
      true,
    ],
    ['FROM scratch\nRUN apt-get update && apt-get install python', true],
    ['FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!', false],
    ['FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python', true],
    ['FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!', true],
    [
      'FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!',
      false,
    ],
    [
      'FROM scratch\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install python',
      false,
    ],
  ],
  DL3013: [
    ["RUN pip install 'sphinx<8'", false],
    ['RUN pip install tox -c constraints.txt', false],
    ['RUN pip install --root-user-action ignore tox==4.23.2', false],
    ['RUN pip install vendor/mylib', false],
    ['RUN pipx install ruff', true],
    ['RUN pipx install ruff==0.8.0', false],
    ['RUN pip2 install MySQL_python', true],
    ['RUN pip3 install MySQL_python', true],
    ['RUN pip3 install MySQL_python==1.2.2', false],
    ['RUN pip3 install mypkg.whl', false],
    ['RUN pip3 install mypkg.tar.gz', false],
    ['RUN pip install -r requirements.txt', false],
    ['RUN pip install --requirement requirements.txt', false],
    ['RUN pip install .', false],
    ['RUN pip install MySQL_python~=1.2.2', false],
    ['RUN pip install MySQL_python===1.2.2', false],
    ['RUN pip install --ignore-installed MySQL_python==1.2.2', false],
    ['RUN pip3 install --build /opt/yamllint yamllint==1.20.0', false],
    ['RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0', false],
    ['RUN pip3 install --root /opt/yamllint yamllint==1.20.0', false],
    ['RUN pip3 install --target /opt/yamllint yamllint==1.20.0', false],
    ['RUN pip3 install --trusted-host host example==1.2.2', false],
    ['RUN python -m pip install example==1.2.2', false],
    ['RUN python -m pip install example', true],
  ],
  DL3015: [
    ['RUN apt-get install --no-install-recommends python', false],
    ['RUN apt-get install python', true],
    ['RUN apt-get -y install python', true],
    ['RUN apt-get -o APT::Install-Recommends=false install python', false],
  ],
  DL3016: [
    ['RUN npm install git+https://github.com/acme/lib.git', true],
    ['RUN npm install git+https://github.com/acme/lib.git#v2.1.0', false],
    ['RUN npm install --loglevel warn left-pad@1.3.0', false],
    ['RUN npm install', false],
    ['RUN npm install --progress=false', false],
    ['RUN npm install express@4.1.1', false],
    ['RUN npm install @myorg/privatepackage@">=0.1.0"', false],
    ['RUN npm install express@"4.1.1" sax@0.1.1', false],
    ['RUN npm install --global express@"4.1.1"', false],
    ['RUN npm install package-v1.2.3.tar', false],
    ['RUN npm install package-v1.2.3.tar.gz', false],
    ['RUN npm install /folder', false],
    ['RUN npm install ../folder', false],
    ['RUN npm install ~/folder', false],
    ['RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27', false],
    ['RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27', false],
    ['RUN npm install express', true],
    ['RUN npm install --global express', true],
  ],
  DL3042: [
    ['RUN export PIP_NO_CACHE_DIR=1 && pip install tox==4.23.2', false],
    ['RUN --mount=type=tmpfs,target=/root/.cache/pip pip install tox==4.23.2', false],
    ['FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install tox==4.23.2', true],
    ['RUN pip2 install MySQL_python', true],
    ['RUN pip install MySQL_python --no-cache-dir', false],
    ['RUN pipx install software', false],
    ['RUN pipenv install library', false],
    ['ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python', false],
    ['ENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python', false],
    ['RUN PIP_NO_CACHE_DIR=true pip install MySQL_python', false],
  ],
  DL3045: [
    ['COPY bla.sh /usr/local/bin/blubb.sh', false],
    ['COPY bla.sh "/usr/local/bin/blubb.s"', false],
    ['COPY bla.sh c:/system32/blubb.sh', false],
    ['FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh', false],
    ['COPY src.sh ${SRC_BASE_ENV}', false],
    ['COPY src.sh "$SRC_BASE_ENV"', false],
    ['COPY bla.sh blubb.sh', true],
    ['COPY bla.sh "blubb.sh"', true],
    ['FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar', true],
  ],
  DL3047: [
    ['FROM node as foo\nRUN wget my.xyz', true],
    ['FROM node as foo\nRUN wget --progress=dot:giga my.xyz', false],
    ['FROM node as foo\nRUN wget -q my.xyz', false],
    ['FROM node as foo\nRUN wget --quiet my.xyz', false],
    ['FROM node as foo\nRUN wget -nv my.xyz', false],
    ['FROM node as foo\nRUN wget --no-verbose my.xyz', false],
    ['FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz', false],
    ['FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz', false],
  ],
  DL3059: [
    ['FROM debian:10', false],
    ['RUN /foo.sh\nWORKDIR /\nRUN /bar.sh', false],
    ['RUN /foo.sh\nRUN /bar.sh', true],
    ['RUN /foo.sh\n# a comment\nRUN /bar.sh', true],
    ['RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh', false],
    ['RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh', true],
    ['RUN foo && bar\nRUN foobar', false],
    ['RUN foo; bar\nRUN foobar', false],
  ],
  DL4006: [
    ['FROM scratch\nRUN wget -O - https://some.site | wc -l > /number', true],
    ['FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number', false],
    [
      'FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
      false,
    ],
    [
      'FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
      false,
    ],
    [
      'FROM scratch as build\nSHELL ["/usr/bin/zsh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
      false,
    ],
  ],
  DL3065: [
    ['FROM alpine:3.24', false],
    ['FROM --platform=$FOOBAR alpine:3.24', false],
    ['FROM --platform=$TARGETPLATFORM alpine:3.24', true],
    ['FROM --platform=${TARGETPLATFORM} alpine:3.24', true],
  ],
  DL3066: [
    ['USER 12345', false],
    ['USER 1234:5678', false],
    ['USER foobar', true],
    ['USER foobar:barfoo', true],
    ['ARG UID=1000\nUSER ${UID}', false],
  ],
  DL3067: [
    ['COPY --from=build / /', true],
    ['COPY --from=build "/" "/"', true],
    ['COPY / /', false],
    ['COPY --from=build /app /', false],
    ['COPY --from=build / /app', false],
  ],
};

/** hadolint's snippets often omit FROM; give them one so Docker would accept them too. */
function asDockerfile(snippet: string): string {
  return /^FROM\b/.test(snippet) ? `${snippet}\n` : `FROM debian:bookworm-slim\n${snippet}\n`;
}

describe('hadolint specification cases', () => {
  for (const [alias, table] of Object.entries(cases)) {
    const rule = findRule(alias);
    describe(`${alias} -> ${rule?.id}`, () => {
      it('resolves to a rule', () => expect(rule).toBeDefined());
      for (const [snippet, reported] of table) {
        it(`${reported ? 'reports' : 'accepts'}: ${snippet.split('\n').pop()?.slice(0, 70)}`, () => {
          if (!rule) return;
          const result = lintDockerfileText(asDockerfile(snippet), 'Dockerfile', {
            rules: [rule],
            contextKnown: true,
          });
          expect(result.findings.length > 0, JSON.stringify(result.findings.map((f) => f.message))).toBe(
            reported,
          );
        });
      }
    });
  }
});
