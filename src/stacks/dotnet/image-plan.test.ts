import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { renderDockerfile } from '../../render/dockerfile.js';
import { dotnetImagePlan } from './image-plan.js';

function dockerfile(changes: Partial<AppPlan>, projectFiles: string[]): string {
  const plan: AppPlan = {
    ...emptyPlan('dotnet', 'shop', '.'),
    installCommand: 'dotnet restore src/Web/Web.csproj',
    startCommand: 'dotnet /app/Web.dll',
    ...changes,
  };
  return renderDockerfile(dotnetImagePlan({ plan, projectFiles }));
}

describe('.NET images', () => {
  it('copies every project file to its folder before restore, and the source only after', () => {
    const text = dockerfile({ framework: 'aspnetcore', port: 8080 }, [
      'Shop.sln',
      'Directory.Build.props',
      'src/Web/Web.csproj',
      'src/Core/Core.csproj',
    ]);
    expect(text).toContain(
      'COPY Shop.sln Directory.Build.props ./\nCOPY src/Web/Web.csproj src/Web/\nCOPY src/Core/Core.csproj src/Core/',
    );
    expect(text.indexOf('dotnet restore src/Web/Web.csproj')).toBeLessThan(text.indexOf('COPY . .'));
    expect(text).toContain('FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS production');
    expect(text).toContain('USER 1654');
    expect(text).toContain('ENTRYPOINT ["dotnet", "Web.dll"]');
  });

  it('runs a console app on the plain runtime, with no port and no probe', () => {
    const text = dockerfile({}, ['Web.csproj']);
    expect(text).toContain('FROM mcr.microsoft.com/dotnet/runtime:${DOTNET_VERSION} AS production');
    expect(text.slice(text.indexOf('AS production'))).not.toMatch(/EXPOSE|HEALTHCHECK/);
  });

  it('refuses a project it cannot publish', () => {
    expect(() => dockerfile({ startCommand: undefined }, [])).toThrow(/no runnable project/);
  });
});
