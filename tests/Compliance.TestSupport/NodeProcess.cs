using System.Diagnostics;
using System.Text;

namespace Compliance.TestSupport;

/// <summary>Starts a Node.js script of the repository's node_modules, capturing what it prints.</summary>
internal static class NodeProcess
{
    /// <exception cref="InvalidOperationException">Node.js is not on the PATH; the message names the tool and the fix.</exception>
    public static (Process Process, StringBuilder Output) Start(string tool, string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("Process.Start returned null for node.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"Cannot start {tool}: Node.js ('node') is not on the PATH. Install Node.js 20 or later, then run `npm ci` at the repository root.", ex);
        }

        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }
}
