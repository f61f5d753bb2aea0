/** .NET: the project file's TargetFramework (SDK and runtime versions), ASP.NET Core or console, assembly name. */

import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import type { FileView } from '../shared/file-view.js';
import { healthPath } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { appName, type StackDetection } from '../stack.js';

function projectFile(view: FileView, dir: string): string | undefined {
  const direct = view.list(dir).find((name) => /\.(cs|fs|vb)proj$/.test(name));
  if (direct) return join(dir, direct);
  const solution = view.list(dir).find((name) => name.endsWith('.sln'));
  if (!solution) return undefined;
  // The first web project the solution lists, else the first project.
  const projects = [...(view.read(join(dir, solution)) ?? '').matchAll(/"([^"]+\.(?:cs|fs|vb)proj)"/g)].map(
    (match) => join(dir, (match[1] as string).replace(/\\/g, '/')),
  );
  return projects.find((path) => /Microsoft\.NET\.Sdk\.Web/.test(view.read(path) ?? '')) ?? projects[0];
}

export const dotnetDetection: StackDetection = {
  language: 'dotnet',
  detect: (view, dir) => view.list(dir).some((name) => /\.(cs|fs|vb)proj$|\.sln$/.test(name)),
  plan(view, dir) {
    const project = projectFile(view, dir);
    const text = project ? (view.read(project) ?? '') : '';
    const fileName = project
      ?.split('/')
      .pop()
      ?.replace(/\.\w+proj$/, '');
    const assembly =
      /<AssemblyName>([^<]+)<\/AssemblyName>/.exec(text)?.[1] ?? fileName ?? appName(view, dir);
    const plan: AppPlan = emptyPlan('dotnet', assembly, dir);
    plan.packageManager = 'nuget';
    const projectInDir = project && dir !== '.' ? project.slice(dir.length + 1) : project;
    plan.installCommand = projectInDir ? `dotnet restore ${projectInDir}` : 'dotnet restore';
    const framework = /<TargetFrameworks?>\s*net(\d+\.\d+)/.exec(text)?.[1];
    if (framework) {
      plan.runtimeVersion = framework;
      plan.evidence.runtimeVersion = `${project} TargetFramework`;
    } else plan.warnings.push('no TargetFramework found');
    const web = /Microsoft\.NET\.Sdk\.Web/.test(text);
    plan.framework = web ? 'aspnetcore' : undefined;
    plan.buildCommand = 'dotnet publish -c Release -o /out --no-restore';
    plan.startCommand = `dotnet /app/${assembly}.dll`;
    // ASP.NET Core 8+ images listen on 8080 (ASPNETCORE_HTTP_PORTS).
    plan.port = web ? (Number(framework?.split('.')[0] ?? 8) >= 8 ? 8080 : 80) : undefined;
    const packages = [...text.matchAll(/<PackageReference\s+Include="([^"]+)"/g)].map(
      (match) => match[1] as string,
    );
    plan.services = [
      ...new Set([...servicesFromDependencies(packages), ...servicesFromFiles(view, [dir])]),
    ].sort();
    const health = healthPath(
      view,
      view.find(dir, (file) => file.endsWith('.cs'), 40, 3),
    );
    if (health) plan.healthcheckPath = health.path;
    else if (
      /MapHealthChecks\(\s*"([^"]+)"/.test(
        view
          .find(dir, (file) => file === 'Program.cs', 3, 3)
          .map((file) => view.read(file) ?? '')
          .join('\n'),
      )
    )
      plan.healthcheckPath = '/health';
    return plan;
  },
};
