using System.CommandLine;
using Compliance.Cli.Commands;

namespace Compliance.Cli;

/// <summary>The <c>compliance</c> command line. Output goes to the writers given, so tests can run it in-process.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Compliance：按 GB/T 9704-2012 检查政府公报和文件汇编中公文的格式要素。Checks government bulletins against GB/T 9704-2012.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(RulesCommand.Create(stdout, stderr));
#if !CHECKER_ONLY // the natively compiled build (src/Compliance.Cli.Native) hands these to the full CLI
        root.Subcommands.Add(UploadCommand.Create());
        root.Subcommands.Add(ProcessCommand.Create());
        root.Subcommands.Add(FindingsCommand.Create());
        root.Subcommands.Add(SummaryCommand.Create());
        root.Subcommands.Add(RecipientsCommand.Create());
#endif

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync(error.Message);
            await stderr.WriteLineAsync("用法：compliance --help");
            return ExitUsage;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }
}
