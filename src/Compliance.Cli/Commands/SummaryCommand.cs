using System.CommandLine;
using Compliance.Notifications;
using Compliance.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance summary [--week 2026-W47] [--preview &lt;folder&gt;] [--send] [--force]</c></summary>
public static class SummaryCommand
{
    public static Command Create()
    {
        var connection = StorageCommandOptions.Connection();
        var week = new Option<string?>("--week") { Description = "ISO 周，如 2026-W47；默认为刚结束的一周（北京时间）" };
        var preview = new Option<DirectoryInfo?>("--preview") { Description = "把每封邮件的 HTML 写入此文件夹，不发送、不记录" };
        var send = new Option<bool>("--send") { Description = "发送尚未发送的周报（按 Email:Transport 配置；默认写入 out/mail）" };
        var force = new Option<bool>("--force") { Description = "与 --send 一起使用：已发送过的也重新发送" };

        var command = new Command("summary", "每周合规检查周报：预览或发送给各发文机关负责人和合规邮箱");
        command.Options.Add(week);
        command.Options.Add(preview);
        command.Options.Add(send);
        command.Options.Add(force);
        command.Options.Add(connection);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            IsoWeek? target = null;
            var weekText = parseResult.GetValue(week);
            if (weekText is not null)
            {
                if (!IsoWeek.TryParse(weekText, out var parsed))
                {
                    Console.Error.WriteLine($"“{weekText}”不是有效的 ISO 周，应为 2026-W47 这样的格式。");
                    return 2;
                }
                target = parsed;
            }
            var previewFolder = parseResult.GetValue(preview);
            var doSend = parseResult.GetValue(send);
            var doForce = parseResult.GetValue(force);
            return await StorageCommandOptions.RunAsync(parseResult.GetValue(connection),
                services => (Job: services.GetRequiredService<WeeklySummaryJob>(), Email: services.GetRequiredService<IOptions<EmailOptions>>().Value),
                (s, ct) => RunAsync(s.Job, s.Email, target, previewFolder, doSend, doForce, ct), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(WeeklySummaryJob job, EmailOptions options, IsoWeek? target, DirectoryInfo? previewFolder,
        bool doSend, bool force, CancellationToken cancellationToken)
    {
        if (previewFolder is not null || !doSend)
        {
            var plan = await job.ComposeAsync(target, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{plan.Week}：检查公文 {plan.DocumentsChecked} 件，周报 {plan.Emails.Count} 封（含总览）。");
            foreach (var email in plan.Emails) Console.WriteLine($"  {email.To.Address}  {email.Content.Subject}");
            foreach (var office in plan.OfficesWithoutHead) Console.WriteLine($"  未配置负责人：{office}");
            if (previewFolder is not null)
            {
                var written = await WritePreviewAsync(plan, previewFolder, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"预览已写入 {previewFolder.FullName}（{written} 个 HTML 文件），未发送。");
            }
            if (!doSend)
            {
                if (previewFolder is null) Console.WriteLine("未发送。加 --send 发送，或加 --preview <文件夹> 查看邮件内容。");
                return 0;
            }
        }

        var result = await job.RunAsync(target, force, cancellationToken).ConfigureAwait(false);
        var elsewhere = result.SendingElsewhere.Count > 0 ? $"正由另一次运行发送 {result.SendingElsewhere.Count} 封，" : "";
        Console.WriteLine($"{result.Week}：已发送 {result.Sent.Count} 封，此前已发送 {result.AlreadySent.Count} 封，{elsewhere}失败 {result.Failed.Count} 封。");
        foreach (var (name, until) in result.SendingElsewhere)
        {
            Console.WriteLine($"  正由另一次运行发送：{name}（预留至 {until.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 北京时间；那次运行若已中断，此后再运行即可补发）");
        }
        foreach (var (name, error) in result.Failed) Console.Error.WriteLine($"  发送失败：{name}：{error}");
        if (options.Transport == EmailTransportKind.Pickup)
        {
            Console.WriteLine($"邮件（.eml）位于：{Path.GetFullPath(options.PickupDirectory)}");
        }
        return result.Succeeded ? CliApp.ExitOk : CliApp.ExitFindings;
    }

    private static async Task<int> WritePreviewAsync(WeeklySummaryPlan plan, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        folder.Create();
        var invalid = Path.GetInvalidFileNameChars();
        var count = 0;
        foreach (var email in plan.Emails)
        {
            var name = email.Office ?? "总览";
            var safe = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{plan.Week}_{safe}.html"), email.Content.Html, cancellationToken).ConfigureAwait(false);
            count++;
        }
        return count;
    }
}
