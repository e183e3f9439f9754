using Compliance.Checking;

namespace Compliance.Storage.Tests;

/// <summary>Reports built by hand, to exercise the table writer with many findings and several offices.</summary>
internal static class SampleReports
{
    public const string Luoyang = "洛阳市人民政府办公室";
    public const string Jianxi = "涧西区人民政府办公室";
    public const string Rushan = "乳山市人民政府";

    /// <summary>Version 1: a table-of-contents finding, four documents (two offices, one unknown), 40 findings each (161 findings).</summary>
    public static BulletinReport Version1(string source) => new()
    {
        Source = source,
        Encoding = "gb18030",
        Findings = [new Finding(RuleIds.StructureTocEntryMissing, Severity.Warning, "目录中的第3项在正文中未找到。", 5, "洛政办〔2019〕38号")],
        Documents =
        [
            Document(1, Luoyang, "洛政办〔2019〕35号", "关于大力发展粮食产业经济的实施意见", 40),
            Document(2, Luoyang, "洛政办〔2019〕36号", "关于加强公安民警职业保障的通知", 40),
            Document(3, Jianxi, "洛涧政办〔2019〕13号", "关于印发涧西区永久基本农田核实整改补划工作方案的通知", 40),
            Document(4, null, null, "关于做好防汛工作的通知", 40),
        ],
    };

    /// <summary>Version 2 (a re-upload): two documents of another office, 3 findings each.</summary>
    public static BulletinReport Version2(string source) => new()
    {
        Source = source,
        Encoding = "utf-8",
        Documents =
        [
            Document(1, Rushan, "乳政发〔2018〕1号", "乳山市人民政府关于印发2018年政府工作报告任务分解的通知", 3),
            Document(2, Rushan, "乳政发〔2018〕2号", "乳山市人民政府关于公布行政权力清单的通知", 3),
        ],
    };

    /// <summary>Many short documents spread over three offices (and the unknown one), 1 finding each.</summary>
    public static BulletinReport Large(string source, int documents) => new()
    {
        Source = source,
        Encoding = "utf-8",
        Documents = Enumerable.Range(1, documents)
            .Select(i => Document(i, (i % 4) switch { 0 => Luoyang, 1 => Jianxi, 2 => Rushan, _ => null }, $"文〔2026〕{i}号", $"关于第{i}项工作的通知", 1))
            .ToList(),
    };

    private static DocumentReport Document(int index, string? issuer, string? number, string title, int findings) => new()
    {
        Index = index,
        StartLine = index * 100,
        EndLine = index * 100 + 99,
        Title = title,
        Kind = title.EndsWith("通知", StringComparison.Ordinal) ? "通知" : "意见",
        Issuer = issuer,
        Issuers = issuer is null ? [] : [issuer],
        DocNumber = number,
        Date = new DateOnly(2019, 7, 1).AddDays(index - 1),
        DateText = $"2019年7月{index}日",
        Findings = Enumerable.Range(1, findings).Select(i => new Finding(
            i % 3 == 0 ? RuleIds.DateZeroPadding : RuleIds.NumberBrackets,
            (Severity)(i % 3),
            $"第{i}处：发文字号的年份应使用六角括号“〔〕”。",
            index * 100 + i,
            i % 5 == 0 ? null : $"洛政办[2019]{i}号 'quoted' \"double\"")).ToList(),
    };
}
