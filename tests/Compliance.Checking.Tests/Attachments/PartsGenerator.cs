using System.Text;

namespace Compliance.Checking.Tests.Attachments;

/// <summary>
/// A random well-formed document with the parts after the body: an attachment note of 1–4 entries, the attachments it
/// names printed after the date (or none printed, or 附件略), and an imprint (抄送 and the printing organ and date).
/// Each field can be damaged once; <see cref="Text"/> prints the document.
/// </summary>
internal sealed class PartsDocument
{
    private static readonly string[] Places = ["洛阳市", "吕梁市", "乳山市", "涧西区", "江州市", "临县"];
    private static readonly string[] Subjects = ["土地调查", "垃圾分类", "食品安全", "棚户区改造", "水土保持", "农村供暖", "税收保障", "国土空间规划"];
    private static readonly string[] Kinds = ["工作领导小组名单", "任务分解表", "项目清单", "目标责任考核评分表", "联席会议成员名单", "工作联系人名单"];
    private static readonly string[] Organs = ["市委办公室", "市人大常委会办公室", "市政协办公室", "市法院", "市检察院", "市委各部门", "洛阳军分区"];

    public enum Printed { All, None, Omitted }

    public List<string> Names { get; } = [];
    public Printed Printing { get; set; }
    /// <summary>附件：alone on its line with the numbered entries below (several entries only).</summary>
    public bool HeadAlone { get; set; }
    public string Colon { get; set; } = "：";
    /// <summary>The numbering mark after each number (several entries).</summary>
    public string NumberMark { get; set; } = ".";
    /// <summary>Appended to one entry's name in the note (index, text).</summary>
    public (int Index, string Text)? AfterName { get; set; }
    /// <summary>The titles as printed (may differ from the note's names after damage).</summary>
    public List<string> Titles { get; } = [];
    public List<string> Labels { get; } = [];
    /// <summary>Printed titles wrapped over two lines at this character (0 = not wrapped).</summary>
    public List<int> Wraps { get; } = [];
    public List<string> CopyTo { get; } = [];
    public string CopySeparator { get; set; } = "，";
    public string CopyEnd { get; set; } = "。";
    public DateOnly Signed { get; set; }
    public string PrintDate { get; set; } = "";
    public bool OrganOnOwnLine { get; set; }

    public static PartsDocument Random(Random random)
    {
        var d = new PartsDocument();
        var count = random.Next(1, 5);
        while (d.Names.Count < count)
        {
            var name = Places[random.Next(Places.Length)] + Subjects[random.Next(Subjects.Length)] + Kinds[random.Next(Kinds.Length)];
            if (!d.Names.Contains(name)) d.Names.Add(name);
        }
        d.Printing = (Printed)random.Next(3);
        d.HeadAlone = count > 1 && random.Next(2) == 0;
        string[] labelStyles = ["附件{0}", "附件 {0}", "附 件{0}", "附件{0}："];
        var style = labelStyles[random.Next(labelStyles.Length)];
        for (var i = 0; i < count; i++)
        {
            d.Titles.Add(d.Names[i]);
            d.Labels.Add(string.Format(style, count == 1 ? "" : (i + 1).ToString()).Trim());
            d.Wraps.Add(random.Next(3) == 0 ? random.Next(6, d.Names[i].Length - 3) : 0);
        }
        var organs = Organs.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        d.CopyTo.AddRange(organs);
        d.CopySeparator = random.Next(2) == 0 ? "，" : "、";
        d.Signed = new DateOnly(2019, random.Next(1, 13), random.Next(1, 29));
        var printed = d.Signed.AddDays(random.Next(0, 10));
        d.PrintDate = $"{printed.Year}年{printed.Month}月{printed.Day}日";
        d.OrganOnOwnLine = random.Next(2) == 0;
        return d;
    }

    public string Text()
    {
        var s = new StringBuilder();
        s.Append("""
            洛阳市人民政府办公室文件

            洛政办〔2019〕35号

            洛阳市人民政府办公室关于加强某项工作的通知

            各县（市、区）人民政府，市人民政府各部门：

            现将有关事项通知如下，请认真贯彻执行。

            一、总体要求

            各单位要加强组织领导，确保工作落实。

            """);
        string Name(int i) => Names[i] + (AfterName is { } a && a.Index == i ? a.Text : "");
        if (Names.Count == 1) s.Append("附件").Append(Colon).Append(Name(0)).Append("\n\n");
        else
        {
            s.Append("附件").Append(Colon);
            for (var i = 0; i < Names.Count; i++)
            {
                var entry = $"{i + 1}{NumberMark}{Name(i)}";
                if (i == 0 && !HeadAlone) s.Append(entry).Append('\n');
                else s.Append(i == 0 ? "\n" : "").Append("      ").Append(entry).Append('\n');
            }
            s.Append('\n');
        }
        if (Printing == Printed.Omitted) s.Append("（附件略）\n\n");
        s.Append("洛阳市人民政府办公室\n\n").Append($"{Signed.Year}年{Signed.Month}月{Signed.Day}日\n\n").Append("（此件公开发布）\n\n");
        if (Printing == Printed.All)
        {
            for (var i = 0; i < Titles.Count; i++)
            {
                var title = Titles[i];
                var wrap = i < Wraps.Count ? Wraps[i] : 0;
                s.Append(Labels[i]).Append("\n\n");
                s.Append(wrap > 0 && wrap < title.Length ? title[..wrap] + "\n" + title[wrap..] : title).Append("\n\n");
                s.Append("由各单位按职责分工负责落实。\n\n");
            }
        }
        s.Append("抄送：").Append(string.Join(CopySeparator, CopyTo)).Append(CopyEnd).Append("\n\n");
        s.Append("洛阳市人民政府办公室").Append(OrganOnOwnLine ? "\n\n" : "　　　　").Append(PrintDate).Append("印发\n");
        return s.ToString();
    }
}
