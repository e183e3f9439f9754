using System.CommandLine;
using Azure.Storage.Blobs.Models;
using Compliance.Storage;
using Compliance.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance process</c>: processes every blob not yet processed at its current ETag (what the blob trigger does).</summary>
public static class ProcessCommand
{
    public static Command Create()
    {
        var connection = StorageCommandOptions.Connection();
        var force = new Option<bool>("--force") { Description = "重新处理所有公报，包括已处理过的版本" };
        var command = new Command("process", "检查容器中尚未处理的公报，并把结果写入表存储");
        command.Options.Add(connection);
        command.Options.Add(force);
        command.SetAction((parse, cancellationToken) => StorageCommandOptions.RunAsync(parse.GetValue(connection),
            services => (Processor: services.GetRequiredService<BulletinProcessor>(), Reader: services.GetRequiredService<ResultReader>()),
            (s, ct) => RunAsync(s.Processor, s.Reader, parse.GetValue(force), ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(BulletinProcessor processor, ResultReader reader, bool force, CancellationToken cancellationToken)
    {
        if (!await processor.Container.ExistsAsync(cancellationToken))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]容器 {processor.Container.Name} 不存在。请先用 compliance upload 上传公报。[/]");
            return 2;
        }

        var processed = await reader.GetBulletinsAsync(cancellationToken);
        var pending = new List<BlobItem>();
        var skipped = 0;
        await foreach (var blob in processor.Container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (!force && processed.TryGetValue(blob.Name, out var row) && BulletinStatus.IsFinal(row.Status)
                && blob.Properties.ETag is { } etag && row.BlobETag == BulletinEntity.ETagText(etag))
            {
                skipped++;
                continue;
            }
            pending.Add(blob);
        }

        var results = new List<BulletinProcessingResult>();
        var failures = new List<(string Blob, string Error)>();
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("检查公报", maxValue: Math.Max(1, pending.Count));
            foreach (var blob in pending)
            {
                task.Description = $"检查 {Markup.Escape(blob.Name)}";
                try
                {
                    results.Add(await processor.ProcessBlobAsync(blob.Name, cancellationToken));
                }
                catch (Azure.RequestFailedException ex) when (!ServiceFailures.IsOutage(ex))
                {
                    failures.Add((blob.Name, ex.Message));
                }
                task.Increment(1);
            }
            task.Description = "检查公报";
            task.Value = task.MaxValue;
        });

        var table = new Table().AddColumns("公报", "状态", "公文", "错误", "警告", "提示", "原因");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.Bulletin), r.IsChecked ? "[green]已检查[/]" : "[red]已拒收[/]",
                r.Row.Documents.ToString(), r.Row.Errors.ToString(), r.Row.Warnings.ToString(), r.Row.Infos.ToString(),
                Markup.Escape(r.Reason ?? ""));
        }
        if (results.Count > 0) AnsiConsole.Write(table);
        foreach (var (blob, error) in failures)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]处理 {blob} 失败（稍后可重新运行 compliance process）：{error}[/]");
        }
        AnsiConsole.MarkupLineInterpolated($"处理 {results.Count} 个，跳过已处理 {skipped} 个，失败 {failures.Count} 个。");
        return failures.Count == 0 ? 0 : 1;
    }
}
