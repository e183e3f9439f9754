using System.CommandLine;
using Compliance.Cli.Commands;

var root = new RootCommand("公报合规检查：按 GB/T 9704-2012 检查政府公报中的公文");
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(ProcessCommand.Create());
root.Subcommands.Add(FindingsCommand.Create());
root.Subcommands.Add(SummaryCommand.Create());
root.Subcommands.Add(RecipientsCommand.Create());
return await root.Parse(args).InvokeAsync();
