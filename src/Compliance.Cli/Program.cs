using System.Text;
using Compliance.Cli;

Console.OutputEncoding = Encoding.UTF8;
// Redirected output (a log, a pipe) has no terminal width: give tables room instead of Spectre's 80 columns.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 200;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
