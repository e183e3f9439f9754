namespace Compliance.Checking.Tests.Attachments;

/// <summary>Random well-formed notes with their attachments (all printed, none, or 附件略) give no finding; each single
/// damage gives exactly one finding, of its rule.</summary>
public class AttachmentPropertyTests
{
    private const int Cases = 120;

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, Cases));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Well_formed_note_and_attachments_give_no_finding(int seed)
    {
        var document = PartsDocument.Random(new Random(seed));
        var report = Samples.Check(document.Text());
        Assert.True(report.AllFindings.Count() == 0, document.Text() + "\n" + string.Join("\n", report.AllFindings.Select(f => $"{f.RuleId} @{f.Line}: {f.Message}")));
    }

    public static TheoryData<int, string> Damages()
    {
        var data = new TheoryData<int, string>();
        foreach (var seed in Enumerable.Range(1, Cases / 3))
        {
            foreach (var damage in new[] { "retitle", "extra", "colon", "stop", "numbering" }) data.Add(seed, damage);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void One_damage_gives_exactly_one_finding_of_its_rule(int seed, string damage)
    {
        var random = new Random(seed);
        var document = PartsDocument.Random(random);
        var count = document.Names.Count;
        string rule;
        switch (damage)
        {
            case "retitle":
                document.Printing = PartsDocument.Printed.All;
                var i = random.Next(count);
                var title = document.Titles[i];
                var at = random.Next(3, title.Length - 2);
                document.Titles[i] = title[..at] + (title[at] == '工' ? '公' : '工') + title[(at + 1)..];
                rule = RuleIds.AttachmentMismatch;
                break;
            case "extra":
                document.Printing = PartsDocument.Printed.All;
                document.Titles.Add("另行报送材料清单");
                document.Labels.Add(count == 1 ? "附件" : "附件" + (count + 1));
                rule = RuleIds.AttachmentMismatch;
                break;
            case "colon":
                document.Colon = ":";
                rule = RuleIds.AttachmentNoteForm;
                break;
            case "stop":
                document.AfterName = (random.Next(count), random.Next(2) == 0 ? "。" : "；");
                rule = RuleIds.AttachmentNoteForm;
                break;
            default:
                if (count == 1) document.Names.Add("另行报送材料清单");
                document.Titles.Clear();
                document.Labels.Clear();
                document.Wraps.Clear();
                document.Printing = PartsDocument.Printed.None;
                document.NumberMark = random.Next(2) == 0 ? "、" : "，";
                rule = RuleIds.AttachmentNoteForm;
                break;
        }

        var report = Samples.Check(document.Text());

        Assert.True(report.AllFindings.Count() == 1 && report.AllFindings.First().RuleId == rule,
            $"{damage}: expected one {rule}\n{document.Text()}\n" + string.Join("\n", report.AllFindings.Select(f => $"{f.RuleId} @{f.Line}: {f.Message}")));
    }
}
