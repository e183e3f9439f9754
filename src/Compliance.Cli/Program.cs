using System.Text;
using Compliance.Cli;

Console.OutputEncoding = Encoding.UTF8;
// Redirected output (a log, a pipe) has no terminal width: give the storage commands' tables room instead of Spectre's
// 80 columns. `check` and `rules` write through their own writers; setting up Spectre's console would only slow their start.
if (Console.IsOutputRedirected && args is not ["check" or "rules", ..]) Spectre.Console.AnsiConsole.Profile.Width = 200;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
