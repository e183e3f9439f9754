namespace Compliance.Checking.Tests.Layouts;

/// <summary>A named rewrite of a bulletin's layout that leaves its content — documents, their parts, their faults — alone.</summary>
internal sealed record LayoutVariant(string Name, Func<TaggedBulletin, TaggedBulletin> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// Rewrites of a bulletin's layout as gazette offices print them: the contents page in other forms, a list of units
/// at the end of a document, blank lines doubled or gone, the other width of spaces, page headers and numbers between
/// lines. Each keeps every document's text, so the checker must find the same documents, fields and findings.
/// </summary>
internal static class LayoutVariants
{
    private static readonly string[] BracketedHeads = ["【市政府文件】", "【市政府办公室文件】", "【部门文件】"];
    private static readonly string[] PlainHeads = ["市政府文件", "市政府办公室文件", "部门文件"];

    public static readonly ContentsLayout[] ContentsLayouts =
    [
        new("contents: pipe table with header") { Style = EntryStyle.PipeTable, Heading = "目录" },
        new("contents: pipe table, no header, title and page") { Style = EntryStyle.PipeTable, TableHeader = false, Heading = null, DropIssuer = true },
        new("contents: pipe table with number column, wrapped titles") { Style = EntryStyle.PipeTable, NumberColumn = true, WrapAt = 22 },
        new("contents: full-width leaders") { Leaders = "……", DropIssuer = true, SectionHeads = BracketedHeads },
        new("contents: middle-dot leaders and tab") { Leaders = "·····", TabBeforePage = true, DropIssuer = true, SectionHeads = PlainHeads, Heading = "目　　录" },
        new("contents: full-width full stops, numbered entries") { Leaders = "．．．．．．", Heading = "目录", Numbered = true },
        new("contents: wrapped titles, page on the last line") { Leaders = "……", WrapAt = 18, DropIssuer = true, SectionHeads = BracketedHeads },
        new("contents: page number before the title") { Style = EntryStyle.PageFirst, DropIssuer = true, WrapAt = 26 },
        new("contents: plain lines, page number after the title") { Style = EntryStyle.PlainPageAfter, WrapAt = 20, SectionHeads = PlainHeads },
        new("contents: two parts around an editorial block and an English cover")
        {
            Style = EntryStyle.PipeTable, TableHeader = false, DropIssuer = true, SecondPart = EntryStyle.PlainPageAfter, WrapAt = 24,
        },
        new("contents: whitespace and bracket widths differ from the titles") { Leaders = "…………", PunctuationNoise = true, DropIssuer = true },
        new("contents: number in brackets after the title") { Leaders = "……", Number = NumberPlacement.InBracketsAfterTitle, DropIssuer = true },
        new("contents: number on a line under the title") { Leaders = "·······", Number = NumberPlacement.LineUnderTitle, WrapAt = 24 },
    ];

    public static IEnumerable<LayoutVariant> All()
    {
        foreach (var layout in ContentsLayouts) yield return new(layout.Name, b => WithContents(b, layout));
        yield return new("units list at the end of each document", b => WithUnitLists(b, beforeSignature: false, tight: true));
        yield return new("units list with blank lines at the end of each document", b => WithUnitLists(b, beforeSignature: false, tight: false));
        yield return new("units list between body and signature", b => WithUnitLists(b, beforeSignature: true, tight: true));
        yield return new("section heads before the documents", WithSectionHeads);
        yield return new("forms, attachments and 抄送 lines at the end of each document", WithForms);
        yield return new("document numbers in full-width round brackets", b => WithNumbersInBrackets(b, "（", "）"));
        yield return new("document numbers in ASCII round brackets", b => WithNumbersInBrackets(b, "(", ")"));
        yield return new("document numbers on the other side of the title", WithNumbersAcrossTitles);
        yield return new("blank lines doubled", b => b.With(b.Lines.SelectMany(l => l.Text.Trim().Length == 0 ? new[] { l, l } : [l])));
        yield return new("blank lines removed", b => b.With(b.Lines.Where(l => l.Text.Trim().Length > 0)));
        yield return new("ASCII and full-width spaces swapped", b => b.With(b.Lines.Select(l => l with { Text = SwapSpaces(l.Text) })));
        yield return new("page numbers and running headers between lines", b => WithFurniture(b, every: 37, paged: false));
        yield return new("pages (form feeds) with running headers and bare page numbers", b => WithFurniture(b, every: 41, paged: true));
        yield return new("all at once", b => WithFurniture(
            WithUnitLists(WithContents(b, ContentsLayouts.First(l => l.SecondPart is not null)), beforeSignature: false, tight: true)
                .With(b2 => b2.Where(l => l.Text.Trim().Length > 0)), every: 29, paged: false));
    }

    private static TaggedBulletin With(this TaggedBulletin b, Func<IReadOnlyList<TaggedLine>, IEnumerable<TaggedLine>> rewrite)
        => b.With(rewrite(b.Lines));

    /// <summary>The front matter replaced by a cover and a contents page that lists every document.</summary>
    public static TaggedBulletin WithContents(TaggedBulletin b, ContentsLayout layout, int omit = -1)
    {
        var front = ContentsPageWriter.Write(b.Original.Documents, layout, omit).Select(t => new TaggedLine(t, 0));
        return b.With(front.Concat(b.Lines.Where(l => l.Document > 0)));
    }

    /// <summary>A list of member units, one organ per line, at the end of each document or between its body and signature.</summary>
    public static TaggedBulletin WithUnitLists(TaggedBulletin b, bool beforeSignature, bool tight)
    {
        var result = new List<TaggedLine>(b.Lines.Count + b.Original.Documents.Count * 14);
        var signatureLines = b.Original.Documents.Where(d => d.Lines.Signature is not null && d.Lines.Signature != d.Lines.Date)
            .ToDictionary(d => d.Lines.Signature!.Value - 1, d => d);
        for (var i = 0; i < b.Lines.Count; i++)
        {
            var line = b.Lines[i];
            if (!beforeSignature && line.Document > 1 && i > 0 && b.Lines[i - 1].Document != line.Document)
            {
                result.AddRange(UnitList(b.Original.Documents[line.Document - 2], tight).Select(t => new TaggedLine(t, line.Document - 1)));
            }
            if (beforeSignature && signatureLines.TryGetValue(i, out var signed))
            {
                result.AddRange(UnitList(signed, tight).Select(t => new TaggedLine(t, line.Document)));
            }
            result.Add(line);
        }
        return b.With(result);
    }

    private static IEnumerable<string> UnitList(DocumentReport d, bool tight)
    {
        var place = Place(d.Issuer ?? "");
        string[] units = ["市发展和改革委员会", "市财政局", "市教育局", "市公安局", place + "自然资源和规划局", place + "生态环境局"];
        var head = new[] { "", "附：成员单位名单", "", "| 序号 | 单位 |", "|---|---|", "| 1 | 市人力资源和社会保障局 |", "| 2 | 市住房和城乡建设局 |" };
        return head.Concat(tight ? units : units.SelectMany(u => new[] { u, "" }));
    }

    /// <summary>A section head before the first document of each run of one issuer, as gazettes group their documents.</summary>
    public static TaggedBulletin WithSectionHeads(TaggedBulletin b)
    {
        var result = new List<TaggedLine>(b.Lines.Count + 16);
        string? issuer = null;
        var head = 0;
        for (var i = 0; i < b.Lines.Count; i++)
        {
            var line = b.Lines[i];
            if (line.Document > 0 && (i == 0 || b.Lines[i - 1].Document != line.Document))
            {
                var document = b.Original.Documents[line.Document - 1];
                if (document.Issuer != issuer)
                {
                    var text = (head++ % 3) switch { 0 => "【市政府文件】", 1 => "市政府办公室文件", _ => "部门文件" };
                    result.AddRange([new(text, line.Document - 1), new("", line.Document - 1)]);
                }
                issuer = document.Issuer;
            }
            result.Add(line);
        }
        return b.With(result);
    }

    /// <summary>An attachment with a form (a pipe table and fill-in lines) and a colophon with 抄送 at the end of each document.
    /// The form is an attachment, so the document's note lists it: an attachment printed but in no note is a finding of
    /// attachment.mismatch, which would make this layout differ from the seed for a reason of its own. The note line
    /// stands at the document's end, after the date, as PDF extraction leaves notes in the seeds; the label is 附件
    /// (not 附件2), as the note gives the form no number.</summary>
    public static TaggedBulletin WithForms(TaggedBulletin b)
    {
        var result = new List<TaggedLine>(b.Lines.Count + b.Original.Documents.Count * 16);
        for (var i = 0; i < b.Lines.Count; i++)
        {
            var line = b.Lines[i];
            if (line.Document > 1 && i > 0 && b.Lines[i - 1].Document != line.Document)
            {
                var previous = b.Original.Documents[line.Document - 2];
                var tag = line.Document - 1;
                string[] form =
                [
                    "", "附件：工作情况统计表", "", "附件", "", "工作情况统计表", "", "填报单位（盖章）：　　　　　填报日期：　　年　　月　　日", "",
                    "| 序号 | 单位名称 | 负责人 | 联系电话 |", "|---|---|---|---|", "| 1 |  |  |  |", "| 2 |  |  |  |", "",
                    "填表人：　　　　　审核人：", "",
                    "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。", "",
                    (previous.Issuer ?? "") + "　　　　" + (previous.DateText ?? "2019年1月1日") + "印发", "",
                ];
                result.AddRange(form.Select(t => new TaggedLine(t, tag)));
            }
            result.Add(line);
        }
        return b.With(result);
    }

    /// <summary>Each document number as many gazettes print it under the title: <c>（江政发〔2024〕3号）</c>.</summary>
    public static TaggedBulletin WithNumbersInBrackets(TaggedBulletin b, string open, string close)
    {
        var numberLines = b.Original.Documents.Where(d => d.Lines.DocNumber is not null).Select(d => d.Lines.DocNumber!.Value - 1).ToHashSet();
        Assert.NotEmpty(numberLines);
        return b.With(b.Lines.Select((l, i) => numberLines.Contains(i) ? l with { Text = open + l.Text.Trim() + close } : l));
    }

    /// <summary>Each document number moved from above its title to below it, or from below to above: both are printed.</summary>
    public static TaggedBulletin WithNumbersAcrossTitles(TaggedBulletin b)
    {
        var lines = b.Lines.ToList();
        var texts = lines.Select(l => l.Text).ToList();
        var moved = 0;
        // From the last document back, so that the line numbers of the ones before stay valid.
        foreach (var d in b.Original.Documents.Reverse())
        {
            if (d.Lines.DocNumber is not { } number || DocumentParts.TitleLines(d, texts) is not { Count: > 0 } title) continue;
            var line = lines[number - 1];
            if (number < title[0])
            {
                lines.Insert(title[^1], line);
                lines.RemoveAt(number - 1);
            }
            else if (number > title[^1])
            {
                lines.RemoveAt(number - 1);
                lines.Insert(title[0] - 1, line);
            }
            else continue;
            moved++;
        }
        Assert.True(moved > 0, "no document number to move");
        return b.With(lines);
    }

    /// <summary>The place an organ's name starts with: 吕梁市 of 吕梁市人民政府办公室.</summary>
    internal static string Place(string organ)
    {
        var at = organ.IndexOfAny(['市', '县', '区', '省']);
        return at > 0 ? organ[..(at + 1)] : organ;
    }

    private static string SwapSpaces(string text)
        => string.Create(text.Length, text, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++) dest[i] = src[i] switch { ' ' => '\u3000', '\u3000' => ' ', var c => c };
        });

    /// <summary>Page furniture every <paramref name="every"/> lines: <c>— N —</c> and the gazette's name as running header,
    /// or (paged) a form feed with the header at each page's top and a bare page number at its foot.</summary>
    public static TaggedBulletin WithFurniture(TaggedBulletin b, int every, bool paged)
    {
        var header = (b.Original.Documents.FirstOrDefault()?.Issuer ?? "人民政府") + "公报　2019年第2期";
        var result = new List<TaggedLine>(b.Lines.Count + b.Lines.Count / every * 5);
        var page = 1;
        for (var i = 0; i < b.Lines.Count; i++)
        {
            var line = b.Lines[i];
            if (i > 0 && i % every == 0)
            {
                var tag = b.Lines[i - 1].Document;
                var number = (page++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (paged)
                {
                    result.Add(new TaggedLine(number, tag));
                    result.Add(new TaggedLine("\f" + header, tag));
                }
                else
                {
                    result.AddRange([new("", tag), new("— " + number + " —", tag), new(header, tag), new("", tag)]);
                }
            }
            result.Add(line);
        }
        return b.With(result);
    }
}
