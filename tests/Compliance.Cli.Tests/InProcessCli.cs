using Compliance.Cli;

namespace Compliance.Cli.Tests;

/// <summary>Runs the command line in this process, as a terminal would: the exit code and what it wrote.</summary>
internal static class InProcessCli
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
