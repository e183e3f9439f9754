using System.Globalization;
using System.Net;
using System.Text;
using Compliance.Storage;
using Compliance.Storage.Tables;

namespace Compliance.Notifications;

/// <summary>
/// Renders the weekly e-mails in Simplified Chinese: HTML (every value HTML-escaped, since titles come from uploaded
/// files) and a plain-text alternative. No I/O, no state.
/// </summary>
public sealed class SummaryEmailRenderer
{
    private const string Footer = "本邮件由公文合规检查系统根据 GB/T 9704-2012《党政机关公文格式》自动生成，请勿直接回复。";

    private const string Style =
        "body{font-family:'Microsoft YaHei','PingFang SC',SimSun,sans-serif;font-size:14px;color:#222}" +
        "table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}" +
        "th{background:#f0f0f0}td.n{text-align:right}.error{color:#b00020}.warning{color:#a05a00}.info{color:#555}";

    private readonly Compliance.Checking.Rules.MessageCatalog _messages;

    public SummaryEmailRenderer(Compliance.Checking.Rules.MessageCatalog? messages = null)
    {
        _messages = messages ?? new Compliance.Checking.Rules.MessageCatalog();
    }

    public RenderedEmail RenderOffice(OfficeWeekSummary summary, Recipient head)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(head);
        var subject = $"公文合规检查周报（{summary.Week}）：{summary.Office}";
        var period = Period(summary.Week);

        var html = new StringBuilder();
        var text = new StringBuilder();
        OpenHtml(html, subject);

        html.Append("<p>").Append(E(head.Name)).Append("同志：您好！</p>");
        // The week is when the documents were checked (their bulletins arrived), not when they were issued: each
        // document carries its own date (成文日期), shown in the table below.
        var intro = $"以下是 {period}（{summary.Week}）检查的{summary.Office}公文的格式合规情况。公文按其所在公报的检查时间列入本周，成文日期以各公文所载为准。";
        html.Append("<p>").Append(E(intro)).Append("</p>");
        text.Append(head.Name).Append("同志：您好！\n\n").Append(intro).Append("\n\n");

        html.Append("<h3>概况</h3><table>");
        text.Append("【概况】\n");
        foreach (var (label, value) in Overview(summary))
        {
            html.Append("<tr><th>").Append(E(label)).Append("</th><td class=\"n\">").Append(E(value)).Append("</td></tr>");
            text.Append("  ").Append(label).Append("：").Append(value).Append('\n');
        }
        html.Append("</table>");
        text.Append('\n');

        if (!summary.HasFindings)
        {
            const string clean = "本周检查的该单位公文未发现格式问题。";
            html.Append("<p>").Append(clean).Append("</p>");
            text.Append(clean).Append('\n');
        }
        else
        {
            html.Append("<h3>最常见的问题</h3><ol>");
            text.Append("【最常见的问题】\n");
            var rank = 0;
            foreach (var rule in summary.TopRules)
            {
                rank++;
                // The rule's Chinese title first, for the reader; its id for whoever looks it up in docs/rules.md.
                var title = _messages.TryTitle(rule.RuleId) ?? rule.RuleId;
                html.Append("<li><strong>").Append(E(title)).Append("</strong>（").Append(N(rule.Count)).Append(" 处，规则 <code>")
                    .Append(E(rule.RuleId)).Append("</code>）：").Append(E(rule.ExampleMessage));
                if (rule.ExampleSuggestion is { } fix) html.Append(" 应改为：<strong>").Append(E(fix)).Append("</strong>");
                html.Append("</li>");
                text.Append("  ").Append(N(rank)).Append(". ").Append(title).Append("（").Append(N(rule.Count)).Append(" 处，规则 ")
                    .Append(rule.RuleId).Append("）：").Append(rule.ExampleMessage);
                if (rule.ExampleSuggestion is { } plain) text.Append(" 应改为：").Append(plain);
                text.Append('\n');
            }
            html.Append("</ol>");
            text.Append('\n');

            html.Append("<h3>存在问题的公文</h3><table><tr><th>序号</th><th>发文字号</th><th>标题</th><th>成文日期</th><th>所在公报</th><th>问题</th></tr>");
            text.Append("【存在问题的公文】\n");
            var index = 0;
            foreach (var doc in summary.DocumentsWithFindings)
            {
                index++;
                html.Append("<tr><td class=\"n\">").Append(N(index)).Append("</td><td>").Append(E(doc.DocNumber ?? "（无文号）"))
                    .Append("</td><td>").Append(E(doc.Title ?? "（无标题）")).Append("</td><td>").Append(E(DateLabel(doc.Date)))
                    .Append("</td><td>").Append(E(doc.Bulletin))
                    .Append("（第 ").Append(N(doc.DocumentIndex)).Append(" 篇）</td><td><ul>");
                text.Append(N(index)).Append(". ").Append(doc.DocNumber ?? "（无文号）").Append(" ").Append(doc.Title ?? "（无标题）")
                    .Append("\n   成文日期：").Append(DateLabel(doc.Date))
                    .Append("\n   所在公报：").Append(doc.Bulletin).Append("（第 ").Append(N(doc.DocumentIndex)).Append(" 篇）\n");
                foreach (var finding in doc.Findings)
                {
                    var severity = SeverityLabel(finding.Severity);
                    var where = finding.Line is { } line ? $"（第 {N(line)} 行）" : "";
                    html.Append("<li><span class=\"").Append(E(SeverityClass(finding.Severity))).Append("\">【").Append(E(severity)).Append("】</span>")
                        .Append(E(finding.Message)).Append(E(where)).Append("</li>");
                    text.Append("   【").Append(severity).Append("】").Append(finding.Message).Append(where).Append('\n');
                }
                html.Append("</ul></td></tr>");
            }
            html.Append("</table>");
            text.Append('\n');
            html.Append("<p>请组织相关人员对照上述问题核查原文，后续发文时注意改正。</p>");
            text.Append("请组织相关人员对照上述问题核查原文，后续发文时注意改正。\n");
        }

        CloseHtml(html);
        text.Append('\n').Append(Footer).Append('\n');
        return new RenderedEmail(subject, html.ToString(), text.ToString());
    }

    public RenderedEmail RenderOverview(WeeklyOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var subject = $"公文合规检查周报总览（{overview.Week}）：{N(overview.Rows.Count)} 个单位，检查公文 {N(overview.DocumentsChecked)} 件";
        var period = Period(overview.Week);
        var html = new StringBuilder();
        var text = new StringBuilder();
        OpenHtml(html, subject);

        html.Append("<p>").Append(E(period)).Append("（").Append(E(overview.Week.ToString())).Append("）各单位公文格式合规检查情况如下。</p>");
        text.Append(period).Append("（").Append(overview.Week).Append("）各单位公文格式合规检查情况如下。\n\n");

        if (overview.Rows.Count == 0)
        {
            const string none = "本周没有检查任何公文。";
            html.Append("<p>").Append(none).Append("</p>");
            text.Append(none).Append('\n');
        }
        else
        {
            string[] headers = ["发文机关", "负责人", "检查公文", "有错误的公文", "有警告的公文", "错误", "警告", "提示"];
            html.Append("<table><tr>");
            foreach (var h in headers) html.Append("<th>").Append(E(h)).Append("</th>");
            html.Append("</tr>");
            text.Append(string.Join(" | ", headers)).Append('\n');
            foreach (var row in overview.Rows)
            {
                var s = row.Summary;
                var head = row.Head is { } r ? $"{r.Name} <{r.Email}>" : "未配置";
                AppendRow(html, text, s.Office, head, s.DocumentsChecked, s.DocumentsWithErrors, s.DocumentsWithWarnings, s.Errors, s.Warnings, s.Infos, bold: false);
            }
            AppendRow(html, text, "合计", "", overview.DocumentsChecked, overview.DocumentsWithErrors, overview.DocumentsWithWarnings,
                overview.Errors, overview.Warnings, overview.Infos, bold: true);
            html.Append("</table>");
            text.Append('\n');
        }

        var missing = overview.OfficesWithoutHead;
        if (missing.Count == 0)
        {
            const string all = "所有单位均已配置负责人。";
            html.Append("<p>").Append(all).Append("</p>");
            text.Append(all).Append('\n');
        }
        else
        {
            const string intro = "以下单位未在 Recipients 表中配置负责人，本周未向其发送周报，请补充：";
            html.Append("<h3>未配置负责人的单位</h3><p>").Append(intro).Append("</p><ul>");
            text.Append("【未配置负责人的单位】\n").Append(intro).Append('\n');
            foreach (var office in missing)
            {
                html.Append("<li>").Append(E(office)).Append("</li>");
                text.Append("  - ").Append(office).Append('\n');
            }
            html.Append("</ul>");
        }

        CloseHtml(html);
        text.Append('\n').Append(Footer).Append('\n');
        return new RenderedEmail(subject, html.ToString(), text.ToString());
    }

    private static void AppendRow(StringBuilder html, StringBuilder text, string office, string head, int docs, int withErrors, int withWarnings,
        int errors, int warnings, int infos, bool bold)
    {
        var cell = bold ? "th" : "td";
        html.Append("<tr><").Append(cell).Append('>').Append(E(office)).Append("</").Append(cell).Append("><td>").Append(E(head)).Append("</td>");
        foreach (var n in new[] { docs, withErrors, withWarnings, errors, warnings, infos })
        {
            html.Append("<td class=\"n\">").Append(N(n)).Append("</td>");
        }
        html.Append("</tr>");
        text.Append(string.Join(" | ", new[] { office, head }.Concat(new[] { docs, withErrors, withWarnings, errors, warnings, infos }.Select(N)))).Append('\n');
    }

    private static IEnumerable<(string Label, string Value)> Overview(OfficeWeekSummary s)
    {
        yield return ("检查公文", $"{N(s.DocumentsChecked)} 件");
        yield return ("存在错误的公文", $"{N(s.DocumentsWithErrors)} 件");
        yield return ("存在警告的公文", $"{N(s.DocumentsWithWarnings)} 件");
        yield return ("发现问题", $"错误 {N(s.Errors)} 处，警告 {N(s.Warnings)} 处，提示 {N(s.Infos)} 处");
    }

    private static void OpenHtml(StringBuilder html, string subject)
        => html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(subject))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");

    private static void CloseHtml(StringBuilder html)
        => html.Append("<hr><p class=\"info\">").Append(Footer).Append("</p></body></html>");

    /// <summary>e.g. 2026年11月16日至2026年11月22日.</summary>
    public static string Period(IsoWeek week) => $"{ChineseDate(week.Monday)}至{ChineseDate(week.Sunday)}";

    private static string ChineseDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A document's own date (ISO in the table) as 2019年6月25日; （无成文日期） when it has none.</summary>
    private static string DateLabel(string? isoDate)
        => DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? ChineseDate(date) : "（无成文日期）";

    public static string SeverityLabel(string? severity) => WeeklySummaryAggregator.SeverityRank(severity) switch
    {
        3 => "错误",
        2 => "警告",
        1 => "提示",
        _ => severity ?? "",
    };

    private static string SeverityClass(string? severity) => WeeklySummaryAggregator.SeverityRank(severity) switch
    {
        3 => "error",
        2 => "warning",
        _ => "info",
    };

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
