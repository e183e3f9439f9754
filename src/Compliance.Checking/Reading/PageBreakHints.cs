namespace Compliance.Checking.Reading;

/// <summary>
/// What the layout of a paged source says about its lines, so that <see cref="PrintFurniture"/> can join a
/// paragraph that a page break cut without guessing from the words.
/// </summary>
/// <param name="Continues">A page break between the two lines cut one paragraph.</param>
/// <param name="EndsWithSpace">The line's last printed glyph is a space: a break after it replaced that space.</param>
internal sealed record PageBreakHints(Func<SourceLine, SourceLine, bool> Continues, Func<SourceLine, bool> EndsWithSpace);
