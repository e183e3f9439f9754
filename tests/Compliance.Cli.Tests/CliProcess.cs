using System.Diagnostics;
using System.Text;

namespace Compliance.Cli.Tests;

/// <summary>What one run of the <c>compliance</c> process printed and returned.</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs the built <c>compliance</c> command as a user does — its own process, so that everything it prints (the
/// Spectre.Console output, an unhandled exception) is captured — with a clean environment of its settings.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "compliance.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // Settings of the developer's shell must not leak into the run.
        foreach (var key in info.Environment.Keys.Where(IsComplianceSetting).ToList()) info.Environment.Remove(key);
        foreach (var (key, value) in settings) info.Environment[key] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"compliance {string.Join(' ', args)} did not exit within {Timeout.TotalMinutes:0} minutes.");
        }
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static bool IsComplianceSetting(string key)
        => key is "BulletinStorage" or "BulletinsContainer" || key.StartsWith("BulletinStorage__", StringComparison.Ordinal)
           || key.StartsWith("Storage__", StringComparison.Ordinal) || key.StartsWith("Email__", StringComparison.Ordinal)
           || key.StartsWith("Checking__", StringComparison.Ordinal);
}
