namespace Compliance.Checking.Fixing;

/// <summary>How a correction is shown to a reader: what changes, not the whole paragraph it is in.</summary>
public static class CorrectionExcerpt
{
    /// <summary>The part of a long line the correction changes, with a few characters either side: a heading's
    /// correction is its marker, not its paragraph.</summary>
    public static (string Before, string After) Of(string before, string after, int context = 8)
    {
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head]) head++;
        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)]) tail++;
        var from = Math.Max(0, head - context);
        var keepTail = Math.Min(tail, context);
        string Cut(string s) => (from > 0 ? "…" : "") + s[from..(s.Length - tail + keepTail)] + (keepTail < tail ? "…" : "");
        return (Cut(before), Cut(after));
    }
}
