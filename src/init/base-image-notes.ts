/**
 * What the image table says about the bases an image plan names, as header lines for the Dockerfile:
 * a line past its end of life, a tag no longer rebuilt, a tag its publisher never pushed. Dated by the
 * later of the table's date and the day init runs, as lint dates them: a line whose end passed since the
 * table was made is said as soon as it passes. Which tag is chosen stays dated by the table alone.
 */

import type { ImagePlan } from '../core/image-plan.js';
import { imageFacts, imageStatus, imageTable, tagExists } from '../images/index.js';

/** `name:tag` with the plan's ARG defaults in place of `${NAME}`. */
function expanded(from: string, plan: ImagePlan): string {
  return from.replace(
    /\$\{(\w+)\}/g,
    (whole, name: string) => plan.args.find((arg) => arg.name === name)?.value ?? whole,
  );
}

export function baseImageNotes(plan: ImagePlan, asOf: string = laterOf(imageTable.date, today())): string[] {
  const stages = new Set(plan.stages.map((stage) => stage.name));
  const notes = new Set<string>();
  for (const stage of plan.stages) {
    const reference = expanded(stage.from, plan);
    if (stages.has(reference) || reference.includes('$') || reference.includes('@')) continue;
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    const name = colon > slash ? reference.slice(0, colon) : reference;
    const tag = colon > slash ? reference.slice(colon + 1) : 'latest';
    if (!imageFacts(name)) continue;
    const status = imageStatus({ name, tag }, asOf);
    const instead = status?.replacement ? `; the maintained line is ${status.replacement}` : '';
    if (tagExists(name, tag) === false)
      notes.add(`${reference} is not a tag its publisher has pushed${instead}.`);
    else if (status?.ended)
      notes.add(
        `${reference}: ${status.ended.what} reached its end of life on ${status.ended.eol}${instead}.`,
      );
    else if (status?.retired) notes.add(`${reference} is no longer rebuilt by its publisher${instead}.`);
  }
  return [...notes];
}

const today = () => new Date().toISOString().slice(0, 10);
/** Ends of life are facts of the table, passed or not by the day init runs: lint dates them the same way. */
const laterOf = (a: string, b: string) => (a > b ? a : b);
