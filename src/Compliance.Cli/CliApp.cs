using System.CommandLine;
using Compliance.Cli.Commands;

namespace Compliance.Cli;

/// <summary>The <c>compliance</c> command line. Output goes to the writers given, so tests can run it in-process.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    /// <summary>Storage or e-mail could not be reached, refused the credentials or timed out, or the configuration is
    /// malformed: nothing is wrong with the bulletins, the command could not do its work.</summary>
    public const int ExitUnavailable = 3;

    /// <summary>The conventional exit code of a program stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int ExitCancelled = 130;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Compliance：按 GB/T 9704-2012 检查政府公报和文件汇编中公文的格式要素。Checks government bulletins against GB/T 9704-2012.");
        var verbose = new Option<bool>("--verbose") { Description = "出错时另外显示异常详情和堆栈", Recursive = true };
        root.Options.Add(verbose);
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(RulesCommand.Create(stdout, stderr));
        root.Subcommands.Add(FixCommand.Create(stdout, stderr));
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
        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex)
        {
            return await ReportAsync(ex, parse.GetValue(verbose), stderr, cancellationToken);
        }
    }

    /// <summary>The one place where a failure that escaped a command is reported: a few lines, the stack only when verbose.</summary>
    private static async Task<int> ReportAsync(Exception exception, bool verbose, TextWriter stderr, CancellationToken cancellationToken)
    {
        int exit;
        switch (exception)
        {
            case ServiceFailureException failure:
                foreach (var line in failure.Lines) await stderr.WriteLineAsync(line);
                exit = ExitUnavailable;
                break;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                await stderr.WriteLineAsync("已取消。");
                exit = ExitCancelled;
                break;
            default:
                // Not an outage and not bad input: a defect of this program. The details are what a bug report needs.
                await stderr.WriteLineAsync($"内部错误：{exception.GetType().Name}：{exception.Message}");
                if (!verbose) await stderr.WriteLineAsync("请加 --verbose 重新运行，并把输出报告给维护者。");
                exit = ExitFindings;
                break;
        }
        if (verbose) await stderr.WriteLineAsync(exception.InnerException is { } inner && exception is ServiceFailureException ? inner.ToString() : exception.ToString());
        return exit;
    }
}
