/**
 * Splits a Dockerfile into parser directives, comments and logical instruction lines, the way BuildKit's
 * parser does: a line ending in the escape character continues on the next one; empty lines and comment
 * lines inside a continuation are dropped; heredoc bodies (`<<EOF` on RUN, COPY, ADD) follow their line.
 *
 * Written by hand rather than taken from `dockerfile-ast` (evaluated at 0.7.1): that library keeps comment
 * lines inside a continuation as part of the instruction's text, so `RUN a \ / # note / && b` reads as
 * `a # note && b` and a shell parse loses `b`; it also returns no heredoc bodies and no `# check` directive.
 * Every position kept here maps back to the source so rules can report exact ranges.
 */

import type { ParseProblem } from '../core/errors.js';
import { LineIndex } from '../core/source.js';

export interface Directive {
  name: string;
  value: string;
  line: number;
}

export interface Comment {
  text: string;
  line: number;
  /** Offset of the `#`. */
  offset: number;
  /** True when the comment sits inside a continued instruction. */
  insideInstruction: boolean;
}

/** One piece of a physical line that contributes to a logical line. */
export interface Segment {
  logical: number;
  source: number;
  length: number;
}

export interface HeredocBody {
  name: string;
  /** Text between the marker line and the terminator, with `<<-` tab stripping applied. */
  content: string;
  stripTabs: boolean;
  /** An unquoted delimiter lets the body expand variables; a quoted one (`<<"EOF"`) does not. */
  expand: boolean;
  /** Source offsets of the body (without the terminator line). */
  contentStart: number;
  contentEnd: number;
  terminatorLine: number;
}

export interface LogicalLine {
  /** Joined text: continuations removed, comment and empty lines inside dropped. */
  text: string;
  segments: Segment[];
  startLine: number;
  endLine: number;
  startOffset: number;
  /** End offset in the source, after the heredoc bodies if any. */
  endOffset: number;
  heredocs: HeredocBody[];
  /** Source lines of empty continuation lines (BuildKit warns: NoEmptyContinuation). */
  emptyContinuationLines: number[];
}

export interface DockerfileLines {
  index: LineIndex;
  directives: Directive[];
  escape: '\\' | '`';
  comments: Comment[];
  lines: LogicalLine[];
  problems: ParseProblem[];
}

const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

export function splitDockerfile(text: string): DockerfileLines {
  const index = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const lines: LogicalLine[] = [];

  let lineNo = 1;
  // Parser directives must come first; the first line that is not one ends them.
  for (; lineNo <= index.lineCount; lineNo++) {
    const match = DIRECTIVE.exec(index.lineText(lineNo));
    if (!match) break;
    const name = (match[1] as string).toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name)) break;
    if (directives.some((d) => d.name === name)) {
      problems.push({
        message: `only one ${name} parser directive can be used`,
        position: { line: lineNo, column: 1 },
      });
    }
    directives.push({ name, value: match[2] as string, line: lineNo });
    comments.push(commentOn(index, lineNo, false));
  }

  const escapeValue = directives.find((d) => d.name === 'escape')?.value ?? '\\';
  let escapeChar: '\\' | '`' = '\\';
  if (escapeValue === '`') escapeChar = '`';
  else if (escapeValue !== '\\') {
    const line = directives.find((d) => d.name === 'escape')?.line ?? 1;
    problems.push({
      message: `invalid escape token '${escapeValue}' does not match \` or \\`,
      position: { line, column: 1 },
    });
  }

  while (lineNo <= index.lineCount) {
    const raw = index.lineText(lineNo);
    const trimmed = raw.trim();
    if (trimmed === '') {
      lineNo++;
      continue;
    }
    if (trimmed.startsWith('#')) {
      comments.push(commentOn(index, lineNo, false));
      lineNo++;
      continue;
    }
    const logical = readLogicalLine(index, lineNo, escapeChar, comments);
    lineNo = logical.endLine + 1;
    const keyword = /^\s*(\S+)/.exec(logical.text)?.[1]?.toUpperCase() ?? '';
    if (HEREDOC_KEYWORDS.has(keyword)) {
      const markers = heredocMarkers(logical.text, escapeChar);
      for (const marker of markers) {
        const body = readHeredocBody(index, lineNo, marker);
        if (!body) {
          problems.push({
            message: `heredoc <<${marker.name} has no terminating '${marker.name}' line`,
            position: index.position(logical.startOffset),
          });
          lineNo = index.lineCount + 1;
          break;
        }
        logical.heredocs.push(body);
        logical.endLine = body.terminatorLine;
        logical.endOffset = index.lineStart(body.terminatorLine) + index.lineText(body.terminatorLine).length;
        lineNo = body.terminatorLine + 1;
      }
    }
    lines.push(logical);
  }

  return { index, directives, escape: escapeChar, comments, lines, problems };
}

/** The comment on a line that starts (after blanks) with `#`. */
function commentOn(index: LineIndex, line: number, insideInstruction: boolean): Comment {
  const raw = index.lineText(line);
  return {
    text: raw.trim().replace(/^#\s?/, ''),
    line,
    offset: index.lineStart(line) + raw.indexOf('#'),
    insideInstruction,
  };
}

/** Returns the text without a trailing escape character (and the whitespace after it), or undefined if not continued. */
function continuedPart(line: string, escapeChar: string): string | undefined {
  const withoutTrailingSpace = line.replace(/[ \t]+$/, '');
  if (!withoutTrailingSpace.endsWith(escapeChar)) return undefined;
  // An escaped escape character (`\\` at the end) is a literal, not a continuation.
  let count = 0;
  for (let i = withoutTrailingSpace.length - 1; i >= 0 && withoutTrailingSpace[i] === escapeChar; i--)
    count++;
  if (count % 2 === 0) return undefined;
  return withoutTrailingSpace.slice(0, -1);
}

function readLogicalLine(
  index: LineIndex,
  firstLine: number,
  escapeChar: string,
  comments: Comment[],
): LogicalLine {
  const segments: Segment[] = [];
  const emptyContinuationLines: number[] = [];
  let text = '';
  let lineNo = firstLine;
  let continued = true;
  let first = true;
  while (continued && lineNo <= index.lineCount) {
    const raw = index.lineText(lineNo);
    const start = index.lineStart(lineNo);
    if (!first) {
      const trimmed = raw.trim();
      if (trimmed === '') {
        emptyContinuationLines.push(lineNo);
        lineNo++;
        continue;
      }
      if (trimmed.startsWith('#')) {
        comments.push(commentOn(index, lineNo, true));
        lineNo++;
        continue;
      }
    }
    const part = continuedPart(raw, escapeChar);
    const piece = part ?? raw;
    segments.push({ logical: text.length, source: start, length: piece.length });
    text += piece;
    continued = part !== undefined;
    first = false;
    lineNo++;
  }
  const last = segments[segments.length - 1] as Segment;
  return {
    text,
    segments,
    startLine: firstLine,
    endLine: lineNo - 1,
    startOffset: index.lineStart(firstLine),
    endOffset: last.source + last.length,
    heredocs: [],
    emptyContinuationLines,
  };
}

interface HeredocMarker {
  name: string;
  stripTabs: boolean;
  expand: boolean;
}

/** Finds `<<EOF`, `<<-EOF`, `<<"EOF"` markers outside quotes, in order. `<<<` (a here-string) is not one. */
export function heredocMarkers(text: string, escapeChar: string): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === escapeChar && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    if (ch === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && text[i - 1] !== '<') {
      const match = /^<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(text.slice(i));
      if (match) {
        markers.push({ name: match[3] as string, stripTabs: match[1] === '-', expand: match[2] === '' });
        i += match[0].length - 1;
      }
    }
  }
  return markers;
}

function readHeredocBody(
  index: LineIndex,
  firstLine: number,
  marker: HeredocMarker,
): HeredocBody | undefined {
  const bodyLines: string[] = [];
  for (let lineNo = firstLine; lineNo <= index.lineCount; lineNo++) {
    const raw = index.lineText(lineNo);
    const candidate = marker.stripTabs ? raw.replace(/^\t+/, '') : raw;
    if (candidate === marker.name) {
      const contentStart = index.lineStart(firstLine);
      const contentEnd = Math.max(contentStart, index.lineStart(lineNo) - 1);
      return {
        name: marker.name,
        content: bodyLines.length ? `${bodyLines.join('\n')}\n` : '',
        stripTabs: marker.stripTabs,
        expand: marker.expand,
        contentStart,
        contentEnd,
        terminatorLine: lineNo,
      };
    }
    bodyLines.push(candidate);
  }
  return undefined;
}

/**
 * Maps an offset in a logical line's text back to an offset in the source. An end offset that falls on
 * the seam between two physical lines maps to the end of the earlier one (`asEnd`), so a range never
 * swallows the continuation and comment lines between them.
 */
export function sourceOffset(line: LogicalLine, logical: number, asEnd = false): number {
  // Binary search for the last segment starting at (or, for an end, before) the offset: a linear scan
  // per word made 60k continuation lines quadratic (segments are in ascending logical order).
  const segments = line.segments;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = (segments[mid] as Segment).logical;
    if (asEnd ? start < logical : start <= logical) low = mid;
    else high = mid - 1;
  }
  const chosen = segments[low] as Segment;
  return chosen.source + Math.max(0, Math.min(logical - chosen.logical, chosen.length));
}
