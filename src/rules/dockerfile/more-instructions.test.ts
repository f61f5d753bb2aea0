import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { copyDestinationSlash } from './copy-destination-slash.js';
import { copyRelativeWithoutWorkdir } from './copy-relative-without-workdir.js';
import { dnfAssumeYes } from './dnf-assume-yes.js';
import { dnfClean } from './dnf-clean.js';
import { dnfPinVersions } from './dnf-pin-versions.js';
import { envSelfReference } from './env-self-reference.js';
import { fromPlatformFlag } from './from-platform-flag.js';
import { gemPinVersions } from './gem-pin-versions.js';
import { goInstallPin } from './go-install-pin.js';
import { labelKeyValid } from './label-key-valid.js';
import { noInteractiveCommands } from './no-interactive-commands.js';
import { onbuildTrigger } from './onbuild-trigger.js';
import { redundantTargetPlatform } from './redundant-target-platform.js';
import { undefinedArgInFrom } from './undefined-arg-in-from.js';
import { useShellInstruction } from './use-shell-instruction.js';
import { useraddLargeUid } from './useradd-large-uid.js';
import { wgetOrCurl } from './wget-or-curl.js';
import { wgetProgress } from './wget-progress.js';
import { yarnCacheClean } from './yarn-cache-clean.js';
import { yumAssumeYes } from './yum-assume-yes.js';
import { yumClean } from './yum-clean.js';
import { yumPinVersions } from './yum-pin-versions.js';
import { zypperClean } from './zypper-clean.js';
import { zypperNoDistUpgrade } from './zypper-no-dist-upgrade.js';
import { zypperNonInteractive } from './zypper-non-interactive.js';
import { zypperPinVersions } from './zypper-pin-versions.js';

ruleTester(copyDestinationSlash, {
  valid: [
    df('FROM node:20', 'COPY a b /app/'),
    df('FROM node:20', 'COPY a /app'),
    df('FROM node:20', 'COPY ["a", "b", "/c"]'),
    df('FROM node:20', 'COPY a b $DEST'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'COPY package.json yarn.lock my_app'),
      lines: [2],
      output: df('FROM node:20', 'COPY package.json yarn.lock my_app/'),
    },
  ],
});

ruleTester(copyRelativeWithoutWorkdir, {
  valid: [
    df('FROM node:20', 'WORKDIR /app', 'COPY a .'),
    df('FROM node:20', 'COPY a /app/'),
    df('FROM node:20 AS base', 'WORKDIR /app', 'FROM base', 'COPY a .'),
  ],
  invalid: [{ code: df('FROM node:20', 'COPY a ./'), lines: [2] }],
});

ruleTester(envSelfReference, {
  valid: [df('FROM debian', 'ENV A=1', 'ENV B=$A'), df('FROM debian', 'ENV PATH=/x:$PATH')],
  invalid: [{ code: df('FROM debian', 'ENV A=1 B=${A}/bin C=$B'), lines: [2, 2] }],
});

ruleTester(fromPlatformFlag, {
  valid: [df('FROM debian'), df('FROM --platform=$BUILDPLATFORM golang:1.19 AS build')],
  invalid: [{ code: df('FROM --platform=linux/arm64 debian'), lines: [1] }],
});

ruleTester(redundantTargetPlatform, {
  valid: [df('FROM --platform=$BUILDPLATFORM debian')],
  invalid: [
    { code: df('FROM --platform=${TARGETPLATFORM} debian AS x'), lines: [1], output: df('FROM debian AS x') },
  ],
});

ruleTester(undefinedArgInFrom, {
  valid: [
    df('ARG V=20', 'FROM node:${V}'),
    df('FROM node:${V:-20}'),
    df('FROM --platform=$BUILDPLATFORM node:20'),
  ],
  invalid: [
    { code: df('FROM node:${V}'), lines: [1], message: 'not declared' },
    { code: df('ARG V', 'FROM node:$V'), lines: [2], message: 'no default' },
    { code: df('FROM node:20', 'ARG V=1', 'FROM node:${V}'), lines: [3], message: 'not declared' },
  ],
});

ruleTester(labelKeyValid, {
  valid: [df('FROM debian', 'LABEL org.opencontainers.image.title="x" version=1 maintainer=me')],
  invalid: [{ code: df('FROM debian', 'LABEL Version=1 com.docker.x=y a..b=c'), lines: [2, 2, 2] }],
});

ruleTester(noInteractiveCommands, {
  valid: [df('FROM debian', 'RUN apt-get install -y procps')],
  invalid: [{ code: df('FROM debian', 'RUN service apache2 restart && top -b'), lines: [2, 2] }],
});

ruleTester(onbuildTrigger, {
  valid: [df('FROM debian', 'ONBUILD RUN make')],
  invalid: [
    { code: df('FROM debian', 'ONBUILD MAINTAINER me'), lines: [2] },
    { code: df('FROM debian', 'ONBUILD onbuild run x'), lines: [2] },
  ],
});

ruleTester(useShellInstruction, {
  valid: [df('FROM debian', 'RUN ln -s /usr/bin/python3 /usr/bin/python')],
  invalid: [{ code: df('FROM debian', 'RUN ln -sfv /bin/bash /bin/sh'), lines: [2] }],
});

ruleTester(useraddLargeUid, {
  valid: [df('FROM debian', 'RUN useradd -u 10001 app'), df('FROM debian', 'RUN useradd -l -u 1000000 app')],
  invalid: [{ code: df('FROM debian', 'RUN useradd --uid 1000000 app'), lines: [2] }],
});

ruleTester(gemPinVersions, {
  valid: [
    df('FROM ruby:3.1', 'RUN gem install bundler:2.5.22 rake -v 13.2.1'),
    df('FROM ruby:3.1', 'RUN gem install ./local.gem'),
  ],
  invalid: [{ code: df('FROM ruby:3.1', 'RUN gem install rails'), lines: [2] }],
});

ruleTester(goInstallPin, {
  valid: [df('FROM golang:1.19', 'RUN go install example.com/tool@v1.2.3 ./cmd/...')],
  invalid: [
    {
      code: df('FROM golang:1.19', 'RUN go install example.com/tool@latest example.com/other'),
      lines: [2, 2],
    },
  ],
});

ruleTester(wgetProgress, {
  valid: [
    df('FROM debian', 'RUN wget --progress=dot:giga https://x'),
    df('FROM debian', 'RUN wget -qO- https://x'),
    df('FROM debian', 'RUN wget -nv https://x'),
  ],
  invalid: [{ code: df('FROM debian', 'RUN wget https://x'), lines: [2] }],
});

ruleTester(wgetOrCurl, {
  valid: [df('FROM debian', 'RUN curl -O a && curl -O b')],
  invalid: [{ code: df('FROM debian', 'RUN wget -q a', 'RUN curl -fO b && curl -fO c'), lines: [2] }],
});

ruleTester(yarnCacheClean, {
  valid: [
    df('FROM node:20', 'RUN yarn install && yarn cache clean'),
    df('FROM node:20', 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn'),
    df('FROM node:20', 'RUN yarn build'),
  ],
  invalid: [{ code: df('FROM node:20', 'RUN yarn'), lines: [2] }],
});

ruleTester(yumAssumeYes, {
  valid: [
    df('FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all'),
    df('FROM centos:7', 'RUN yum -qy install x-1'),
  ],
  invalid: [{ code: df('FROM centos:7', 'RUN yum install httpd-2.4.6 && yum clean all'), lines: [2] }],
});

ruleTester(yumPinVersions, {
  valid: [df('FROM centos:7', 'RUN yum install -y httpd-2.4.6 /tmp/x.rpm && yum clean all')],
  invalid: [
    { code: df('FROM centos:7', 'RUN yum install -y httpd mod_ssl-2.4 && yum clean all'), lines: [2] },
  ],
});

ruleTester(yumClean, {
  valid: [df('FROM centos:7', 'RUN yum install -y a-1 && rm -rf /var/cache/yum')],
  invalid: [{ code: df('FROM centos:7', 'RUN yum install -y a-1', 'RUN yum clean all'), lines: [2] }],
});

ruleTester(dnfAssumeYes, {
  valid: [df('FROM fedora:40', 'RUN microdnf install -y a-1 && microdnf clean all')],
  invalid: [{ code: df('FROM fedora:40', 'RUN dnf install a-1 && dnf clean all'), lines: [2] }],
});

ruleTester(dnfPinVersions, {
  valid: [],
  invalid: [{ code: df('FROM fedora:40', 'RUN dnf install -y a && dnf clean all'), lines: [2] }],
});

ruleTester(dnfClean, {
  valid: [],
  invalid: [{ code: df('FROM fedora:40', 'RUN dnf install -y a-1'), lines: [2] }],
});

ruleTester(zypperNonInteractive, {
  valid: [df('FROM opensuse/leap:15.6', 'RUN zypper --non-interactive install a=1 && zypper clean')],
  invalid: [{ code: df('FROM opensuse/leap:15.6', 'RUN zypper install a=1 && zypper clean'), lines: [2] }],
});

ruleTester(zypperPinVersions, {
  valid: [df('FROM opensuse/leap:15.6', 'RUN zypper install -y "a>=1" && zypper clean')],
  invalid: [{ code: df('FROM opensuse/leap:15.6', 'RUN zypper in -y a && zypper cc'), lines: [2] }],
});

ruleTester(zypperClean, {
  valid: [],
  invalid: [{ code: df('FROM opensuse/leap:15.6', 'RUN zypper install -y a=1'), lines: [2] }],
});

ruleTester(zypperNoDistUpgrade, {
  valid: [df('FROM opensuse/leap:15.6', 'RUN zypper refresh')],
  invalid: [{ code: df('FROM opensuse/leap:15.6', 'RUN zypper dup'), lines: [2] }],
});
