using System.CommandLine;
using Compliance.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance recipients import &lt;file.json&gt;</c>: seeds the Recipients table.</summary>
public static class RecipientsCommand
{
    public static Command Create()
    {
        var connection = StorageCommandOptions.Connection();
        var file = new Argument<FileInfo>("file") { Description = "负责人名单 JSON 文件，如 config/recipients.json" };
        var import = new Command("import", "把负责人名单导入 Recipients 表（同一单位的行会被替换，其他行保留）");
        import.Arguments.Add(file);
        import.Options.Add(connection);
        import.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            IReadOnlyList<Recipient> recipients;
            try
            {
                recipients = await RecipientFile.ReadAsync(path.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (RecipientFileException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }
            return await StorageCommandOptions.RunAsync(parseResult.GetValue(connection), services => services.GetRequiredService<RecipientDirectory>(),
                async (directory, ct) =>
                {
                    var count = await directory.ImportAsync(recipients, ct).ConfigureAwait(false);
                    Console.WriteLine($"已导入 {count} 位负责人到 {RecipientEntity.TableName} 表。");
                    return 0;
                }, cancellationToken).ConfigureAwait(false);
        });

        var command = new Command("recipients", "发文机关负责人（周报收件人）");
        command.Subcommands.Add(import);
        return command;
    }
}
