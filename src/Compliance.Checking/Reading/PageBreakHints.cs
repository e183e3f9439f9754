namespace Compliance.Checking.Reading;

/// <summary>
/// What the layout of a paged source says about its lines, so that <see cref="PrintFurniture"/> can join a
/// paragraph that a page break cut without guessing from the words.
/// </summary>
/// <param name="RunsToLineEnd">Numbers of lines whose last printed line reached the right edge of the text column.</param>
/// <param name="StartsFlush">Numbers of lines whose first printed line starts at the left edge (no indent).</param>
internal sealed record PageBreakHints(IReadOnlySet<int> RunsToLineEnd, IReadOnlySet<int> StartsFlush)
{
    /// <summary>A page break between the two lines cut one paragraph.</summary>
    public bool Continues(SourceLine previous, SourceLine next) =>
        RunsToLineEnd.Contains(previous.Number) && StartsFlush.Contains(next.Number);
}
