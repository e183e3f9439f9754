using Compliance.Checking.Analysis;

namespace Compliance.Checking.Tests.Headings;

/// <summary>One numbered heading of a generated document: where it sits, and the numbering sequence it counts in.</summary>
internal sealed class GeneratedHeading
{
    public required int Level { get; init; }
    public required int Number { get; set; }
    public required string Title { get; init; }
    /// <summary>Opens its paragraph (（一）指导思想。全面贯彻…) rather than standing alone on its line.</summary>
    public required bool OpensParagraph { get; init; }
    /// <summary>The headings that count on together: the children of one parent, or (second level numbered through
    /// the document) every second-level heading of the scope.</summary>
    public required int Sequence { get; init; }
    /// <summary>Position in its parent's children (1 = first child).</summary>
    public required int ChildIndex { get; init; }
    public required int Scope { get; init; }
    /// <summary>The marker as it is printed, when a damage changed its form.</summary>
    public string? Marker { get; set; }
}

/// <summary>
/// Writes random well-formed documents with numbered headings of one to four levels (一、 （一） 1. （1）), as short
/// heading lines or opening their paragraphs, with body text between them; sometimes a second level numbered through
/// the whole body (（三） first under 二、, as many documents do), sometimes printed attachments with headings of their own
/// (numbered afresh); in full-width punctuation or, as a PDF converter leaves it, half-width throughout. Reproducible
/// from its seed.
/// </summary>
internal sealed class HeadingTreeGenerator(int seed)
{
    private static readonly string[] Titles =
    [
        "总体要求", "指导思想", "工作目标", "主要任务", "保障措施", "加强组织领导", "强化督促检查", "完善工作机制", "明确责任分工",
        "加大资金投入", "营造良好氛围", "严格考核评估", "推进信息共享", "优化服务流程", "加强队伍建设", "健全制度体系",
    ];

    private static readonly string[] Sentences =
    [
        "各单位要高度重视，切实加强组织领导，确保各项任务落到实处。",
        "坚持统筹推进，注重实效，形成工作合力。",
        "到2020年底，全面完成各项目标任务，工作机制更加健全。",
        "市财政局要加大资金支持力度，保障工作经费。",
        "各县（市、区）要结合实际制定具体措施，明确时间节点。",
        "建立定期通报制度，每季度通报一次工作进展情况。",
        "对工作不力的单位，依照有关规定严肃问责。",
        "加强宣传引导，营造全社会共同参与的良好氛围。",
    ];

    private readonly Random _random = new(seed);
    private int _sequences;

    public int Seed { get; } = seed;

    /// <summary>True when the document writes every mark half-width (its habit, reported once by punctuation.half-width).</summary>
    public bool HalfWidth { get; private set; }

    /// <summary>True when the second level is numbered through the body rather than under each first-level heading.</summary>
    public bool ContinuousSecondLevel { get; private set; }

    public List<object> Lines { get; } = [];

    public IEnumerable<GeneratedHeading> Headings => Lines.OfType<GeneratedHeading>();

    public HeadingTreeGenerator Generate()
    {
        HalfWidth = _random.NextDouble() < 0.3;
        var attachments = _random.Next(3);
        var depth = _random.Next(1, 5);
        ContinuousSecondLevel = depth >= 2 && _random.NextDouble() < 0.3;
        Lines.AddRange(["洛阳市人民政府办公室文件", "洛政办〔2019〕35号", "洛阳市人民政府办公室关于加强某项工作的通知",
            "各县（市、区）人民政府，市人民政府各部门：", "现将有关事项通知如下，请认真贯彻执行。"]);
        Tree(depth, scope: 0);
        if (attachments > 0)
        {
            Lines.Add("附件：1.某项工作任务分解表");
            for (var a = 2; a <= attachments; a++) Lines.Add($"{a}.某项工作第{a}项任务清单");
        }
        Lines.AddRange(["洛阳市人民政府办公室", "2019年6月25日", "（此件公开发布）"]);
        for (var a = 1; a <= attachments; a++)
        {
            Lines.AddRange([$"附件{a}", a == 1 ? "某项工作任务分解表" : $"某项工作第{a}项任务清单"]);
            Tree(_random.Next(1, 4), scope: a);
        }
        Lines.AddRange(["抄送：市委办公室，市人大常委会办公室。", "洛阳市人民政府办公室　　　　2019年6月25日印发"]);
        return this;
    }

    /// <summary>Headings of levels 1 to <paramref name="depth"/>: two to five at the top, two to four children under a
    /// heading (the first heading of each level always has children, so that every level is there at least twice).</summary>
    private void Tree(int depth, int scope)
    {
        var continuous = scope == 0 && ContinuousSecondLevel ? ++_sequences : 0;
        var counters = new int[6];
        Children(1, depth, scope, ++_sequences, continuous, counters, first: true);
    }

    private void Children(int level, int depth, int scope, int sequence, int continuous, int[] counters, bool first)
    {
        var count = level == 1 ? _random.Next(2, 6) : _random.Next(2, 5);
        var numberOfSequence = continuous > 0 && level == 2 ? continuous : sequence;
        for (var i = 1; i <= count; i++)
        {
            var number = continuous > 0 && level == 2 ? ++counters[2] : i;
            var opens = level >= 2 && _random.NextDouble() < 0.6;
            Lines.Add(new GeneratedHeading
            {
                Level = level, Number = number, Title = Titles[_random.Next(Titles.Length)], OpensParagraph = opens,
                Sequence = numberOfSequence, ChildIndex = i, Scope = scope,
            });
            if (!opens || _random.NextDouble() < 0.5) Lines.Add(Paragraph());
            if (level < depth && (first && i == 1 || _random.NextDouble() < 0.6))
            {
                Children(level + 1, depth, scope, ++_sequences, continuous, counters, first && i == 1);
            }
        }
    }

    private string Paragraph()
    {
        var n = _random.Next(1, 4);
        return string.Concat(Enumerable.Range(0, n).Select(_ => Sentences[_random.Next(Sentences.Length)]));
    }

    /// <summary>The marker of a heading in the standard's form.</summary>
    public static string CanonicalMarker(int level, int number) => level switch
    {
        1 => HeadingMarker.Numeral(number, true) + "、",
        2 => "（" + HeadingMarker.Numeral(number, true) + "）",
        3 => number + ".",
        _ => "（" + number + "）",
    };

    public static string Render(GeneratedHeading h)
    {
        var marker = h.Marker ?? CanonicalMarker(h.Level, h.Number);
        return h.OpensParagraph ? marker + h.Title + "。" + Sentences[h.Title.Length % Sentences.Length] : marker + h.Title;
    }

    public string Text()
    {
        var text = string.Join("\n\n", Lines.Select(l => l is GeneratedHeading h ? Render(h) : (string)l)) + "\n";
        return HalfWidth ? RuleTests.HalfWidth(text) : text;
    }
}
