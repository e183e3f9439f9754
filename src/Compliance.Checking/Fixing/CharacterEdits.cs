namespace Compliance.Checking.Fixing;

/// <summary>One hunk of a correction: the characters [<see cref="Start"/>, <see cref="End"/>) of the evidence are
/// replaced by <see cref="Insert"/>.</summary>
internal readonly record struct EvidenceEdit(int Start, int End, string Insert);

/// <summary>
/// The smallest set of hunks that turns the evidence into the suggestion (a longest common subsequence, over what lies
/// between the common head and tail): a correction of 〔 〕 changes two characters, not the whole document number, so
/// that what the file holds around them (its spaces, its full-width digits) stays as it is.
/// </summary>
internal static class CharacterEdits
{
    public static List<EvidenceEdit> Between(string before, string after)
    {
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head]) head++;
        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)]) tail++;
        var a = before.AsSpan(head, before.Length - head - tail);
        var b = after.AsSpan(head, after.Length - head - tail);

        // lcs[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<EvidenceEdit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
                continue;
            }
            int startX = x, startY = y;
            while ((x < a.Length || y < b.Length) && !(x < a.Length && y < b.Length && a[x] == b[y]))
            {
                if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) y++;
                else x++;
            }
            edits.Add(new EvidenceEdit(head + startX, head + x, b[startY..y].ToString()));
        }
        return edits;
    }
}
