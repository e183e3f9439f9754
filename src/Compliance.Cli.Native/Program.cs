using System.Diagnostics;
using System.Text;
using Compliance.Cli;

Console.OutputEncoding = Encoding.UTF8;

// The storage commands (upload, process, findings, summary, recipients) need the Azure SDK, which does not compile
// ahead of time: they, and the overall help, are run by the full CLI published in full/ beside this executable.
// So is `check --store`, which reads the citation registry from Table storage.
if ((args is not ["check" or "rules" or "fix", ..] || args is ["check", ..] && args.Contains("--store")) && Path.Combine(AppContext.BaseDirectory, "full", "compliance") is var full && File.Exists(full))
{
    var start = new ProcessStartInfo(full) { UseShellExecute = false };
    foreach (var arg in args) start.ArgumentList.Add(arg);
    // Ctrl+C reaches both processes; the child decides what it means, this one waits for it.
    Console.CancelKeyPress += (_, e) => e.Cancel = true;
    using var child = Process.Start(start)!;
    await child.WaitForExitAsync();
    return child.ExitCode;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
