using System.Diagnostics;
using System.Text;

namespace Compliance.Functions.Tests;

/// <summary>
/// Runs <c>dotnet publish</c> of the app once (without rebuilding what the test run built) into a temporary folder:
/// the same command azd runs to make the package it deploys (azure.yaml, service <c>functions</c>).
/// </summary>
public sealed class PublishedPackage : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public PublishedPackage()
    {
        Directory = Path.Combine(Path.GetTempPath(), "compliance-functions-publish-" + Guid.NewGuid().ToString("N"));
        Publish(Directory);
    }

    /// <summary>The publish output.</summary>
    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    private static void Publish(string output)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = FunctionsApp.ProjectDirectory,
        };
        foreach (var argument in new[]
        {
            "publish", FunctionsApp.ProjectPath, "--configuration", FunctionsApp.Configuration, "--no-build",
            "--output", output, "--nologo", "--verbosity", "quiet",
            // One in-process build node, none left running after the test.
            "-maxCpuCount:1", "-nodeReuse:false",
        })
        {
            start.ArgumentList.Add(argument);
        }
        // Variables the test host inherited from the `dotnet test` that started it would point this MSBuild at that one's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`dotnet publish {FunctionsApp.ProjectPath}` did not finish within {Timeout.TotalMinutes} minutes. Output:\n{log}");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`dotnet publish {FunctionsApp.ProjectPath} --configuration {FunctionsApp.Configuration} --no-build` failed with exit code {process.ExitCode} " +
                $"(it needs the app built in that configuration, which building this test project does). Output:\n{log}");
        }
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
