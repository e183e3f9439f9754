namespace Compliance.Checking.Tests.Layouts;

/// <summary>How a generated contents page (目录) is laid out.</summary>
internal sealed record ContentsLayout(string Name)
{
    /// <summary>The heading line: 目录, 目 录, 目　　录, or none.</summary>
    public string? Heading { get; init; } = "目 录";

    public EntryStyle Style { get; init; } = EntryStyle.Leaders;

    /// <summary>Leader characters between title and page number (for <see cref="EntryStyle.Leaders"/>).</summary>
    public string Leaders { get; init; } = "……";

    /// <summary>A tab before the page number, as word processors print the right-aligned column.</summary>
    public bool TabBeforePage { get; init; }

    /// <summary>Titles longer than this are wrapped over several lines, the page number on the last (0: never).</summary>
    public int WrapAt { get; init; }

    /// <summary>The issuer is dropped from each title, as gazettes print their contents page.</summary>
    public bool DropIssuer { get; init; }

    /// <summary>A section head (【市政府文件】…) before each run of documents of one issuer.</summary>
    public string[]? SectionHeads { get; init; }

    /// <summary>Pipe tables: a header row (序号 | 标题 | 页码) above the separator.</summary>
    public bool TableHeader { get; init; } = true;

    /// <summary>Pipe tables and catalogues: a column with the document number.</summary>
    public bool NumberColumn { get; init; }

    /// <summary>Split the entries into two parts around an editorial block and a cover in English; the second part in this style.</summary>
    public EntryStyle? SecondPart { get; init; }

    /// <summary>Some titles printed with white space inside or the other width of brackets.</summary>
    public bool PunctuationNoise { get; init; }

    /// <summary>Entries numbered 1．2．3． before their titles.</summary>
    public bool Numbered { get; init; }

    /// <summary>Leader entries: the document number in brackets after the title (<c>title（number）……12</c>), or on a line
    /// of its own under the title (<c>title</c> / <c>number……12</c>).</summary>
    public NumberPlacement Number { get; init; }

    public override string ToString() => Name;
}

internal enum NumberPlacement
{
    None,
    InBracketsAfterTitle,
    LineUnderTitle,
}

internal enum EntryStyle
{
    /// <summary><c>title……12</c></summary>
    Leaders,
    /// <summary><c>12　title</c></summary>
    PageFirst,
    /// <summary><c>title 12</c>: no leaders, the page number after a space.</summary>
    PlainPageAfter,
    /// <summary><c>| 1 | title | 12 |</c></summary>
    PipeTable,
}

/// <summary>Writes a cover and a contents page listing every document, in a given layout.</summary>
internal static class ContentsPageWriter
{
    /// <param name="documents">The documents, in order.</param>
    /// <param name="layout">How the page is laid out.</param>
    /// <param name="omit">Index of a document the page leaves out (to prove the page is read), or -1.</param>
    public static List<string> Write(IReadOnlyList<DocumentReport> documents, ContentsLayout layout, int omit = -1)
    {
        var issuer = documents.Select(d => d.Issuer).FirstOrDefault(i => i is not null) ?? "人民政府";
        var gazette = (issuer.EndsWith("办公室", StringComparison.Ordinal) ? issuer[..^3] : issuer) + "公报";
        var lines = new List<string> { "", gazette, "", "2019年第2期（总第20期）", "", issuer + "　主办", "" };
        if (layout.Heading is not null) lines.AddRange([layout.Heading, ""]);

        var pages = PageNumbers(documents.Count);
        var split = layout.SecondPart is null ? documents.Count : (documents.Count + 1) / 2;
        WriteEntries(lines, documents, 0, split, pages, layout, layout.Style, omit);
        if (layout.SecondPart is { } second)
        {
            lines.AddRange(EditorialBlock(issuer));
            lines.AddRange(EnglishCover());
            WriteEntries(lines, documents, split, documents.Count, pages, layout with { SectionHeads = null }, second, omit);
        }
        lines.Add("");
        return lines;
    }

    private static void WriteEntries(List<string> lines, IReadOnlyList<DocumentReport> documents, int from, int to, int[] pages,
        ContentsLayout layout, EntryStyle style, int omit)
    {
        if (style == EntryStyle.PipeTable) WriteTableHead(lines, layout);
        string? previousIssuer = null;
        var head = 0;
        for (var i = from; i < to; i++)
        {
            var d = documents[i];
            if (layout.SectionHeads is { Length: > 0 } heads && d.Issuer != previousIssuer)
            {
                var text = heads[head++ % heads.Length];
                if (style == EntryStyle.PipeTable) lines.Add(layout.NumberColumn ? $"| | | {text} | |" : $"| {text} | |");
                else lines.AddRange(["", text, ""]);
            }
            previousIssuer = d.Issuer;
            if (i == omit) continue;
            var title = (layout.Numbered ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "．" : "") + EntryTitle(d, layout, i);
            var page = pages[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            var pieces = Wrap(title, layout.WrapAt);
            switch (style)
            {
                case EntryStyle.PipeTable:
                    for (var p = 0; p < pieces.Count; p++)
                    {
                        var last = p == pieces.Count - 1;
                        var first = p == 0;
                        lines.Add(layout.NumberColumn
                            ? $"| {(first ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")} | {(first ? d.DocNumber : "")} | {pieces[p]} | {(last ? page : "")} |"
                            : $"| {pieces[p]} | {(last ? page : "")} |");
                    }
                    break;
                case EntryStyle.PageFirst:
                    lines.Add(page + "　" + pieces[0]);
                    lines.AddRange(pieces.Skip(1).Select(p => "　　" + p));
                    break;
                case EntryStyle.PlainPageAfter:
                    lines.AddRange(pieces.Take(pieces.Count - 1));
                    lines.Add(pieces[^1] + " " + page);
                    break;
                default:
                    var leaders = layout.Leaders + (layout.TabBeforePage ? "\t" : "") + page;
                    lines.AddRange(pieces.Take(pieces.Count - 1));
                    switch (layout.Number)
                    {
                        case NumberPlacement.InBracketsAfterTitle when d.DocNumber is not null:
                            lines.Add(pieces[^1] + "（" + d.DocNumber + "）" + leaders);
                            break;
                        case NumberPlacement.LineUnderTitle when d.DocNumber is not null:
                            lines.Add(pieces[^1]);
                            lines.Add("　　" + d.DocNumber + leaders);
                            break;
                        default:
                            lines.Add(pieces[^1] + leaders);
                            break;
                    }
                    break;
            }
        }
        lines.Add("");
    }

    private static void WriteTableHead(List<string> lines, ContentsLayout layout)
    {
        if (layout.TableHeader) lines.Add(layout.NumberColumn ? "| 序号 | 文号 | 标题 | 页码 |" : "| 标题 | 页码 |");
        lines.Add(layout.NumberColumn ? "|---|---|---|---|" : "|--|---|");
    }

    /// <summary>The title as the contents page prints it: without the issuer where gazettes drop it, with noise on some entries.</summary>
    private static string EntryTitle(DocumentReport d, ContentsLayout layout, int index)
    {
        var title = d.Title ?? "";
        if (layout.DropIssuer)
        {
            var issuers = string.Concat(d.Issuers);
            if (issuers.Length > 0 && title.StartsWith(issuers, StringComparison.Ordinal)) title = title[issuers.Length..];
            else if (d.Issuer is { } issuer && title.StartsWith(issuer, StringComparison.Ordinal)) title = title[issuer.Length..];
        }
        if (layout.PunctuationNoise)
        {
            title = (index % 3) switch
            {
                0 => title.Replace('（', '(').Replace('）', ')').Replace('“', '"').Replace('”', '"'),
                1 => title.Replace('(', '（').Replace(')', '）').Replace("2019", " 2019 ", StringComparison.Ordinal),
                _ => title.Length > 12 ? title[..6] + " " + title[6..] : title,
            };
        }
        return title;
    }

    private static List<string> Wrap(string title, int width)
    {
        if (width <= 0 || title.Length <= width) return [title];
        var pieces = new List<string>();
        for (var i = 0; i < title.Length; i += width) pieces.Add(title.Substring(i, Math.Min(width, title.Length - i)));
        // A last piece of one or two characters is what a layout prints as "通知" alone on the line: keep it.
        return pieces;
    }

    private static int[] PageNumbers(int count)
    {
        var pages = new int[count];
        var page = 1;
        for (var i = 0; i < count; i++)
        {
            pages[i] = page;
            page += 3 + (i * 7 % 11);
        }
        return pages;
    }

    private static IEnumerable<string> EditorialBlock(string issuer) =>
    [
        "", "编委会", "主　任：王　明", "副主任：李　华　张　强", "委　员：赵　伟　刘　洋",
        "", "主办：" + issuer, "编辑：" + issuer + "公报编辑部", "印刷：文汇印务有限公司",
        "电话：0358-8223456", "地址：滨河北路1号", "邮编：033000", "准印证号：（2019）第012号", "",
    ];

    private static IEnumerable<string> EnglishCover() =>
    [
        "", "GAZETTE OF THE PEOPLE'S GOVERNMENT", "", "No. 2, 2019 (Serial No. 20)", "",
        "Published by the General Office of the People's Government", "",
    ];
}
