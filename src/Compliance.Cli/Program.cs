using System.CommandLine;
using Compliance.Cli.Commands;
using Compliance.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

// Built on first use, so --help and parse errors need no storage configuration.
ServiceProvider? provider = null;
IServiceProvider Services() => provider ??= new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
    .AddCompliance(configuration)
    .BuildServiceProvider();

var root = new RootCommand("公文合规检查（GB/T 9704-2012）");
root.Subcommands.Add(SummaryCommand.Create(Services));
root.Subcommands.Add(RecipientsCommand.Create(Services));
try
{
    return await root.Parse(args).InvokeAsync();
}
finally
{
    if (provider is not null) await provider.DisposeAsync();
}
