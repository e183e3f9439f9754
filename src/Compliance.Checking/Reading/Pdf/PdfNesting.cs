namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// How deep a PDF's arrays and dictionaries nest in the file's own syntax, outside strings, comments and stream data.
/// PdfPig stops its recursion at the same limit but, parsing leniently, drops the object it could not finish and goes
/// on (a page then reads as empty); this linear scan lets the reader refuse such a file with a message that says why.
/// Nesting inside compressed object streams and content streams is left to PdfPig's guard.
/// </summary>
internal static class PdfNesting
{
    public static bool Exceeds(ReadOnlySpan<byte> pdf, int limit)
    {
        var depth = 0;
        for (var i = 0; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    i = SkipPast(pdf, i, pdf[i..].IndexOfAny((byte)'\r', (byte)'\n'));
                    break;
                case (byte)'(':
                    i = EndOfLiteralString(pdf, i);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    i++;
                    if (++depth > limit) return true;
                    break;
                case (byte)'<': // a hex string
                    i = SkipPast(pdf, i, pdf[i..].IndexOf((byte)'>'));
                    break;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    i++;
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'[':
                    if (++depth > limit) return true;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'s' when IsStreamKeyword(pdf, i):
                    var end = pdf[i..].IndexOf("endstream"u8);
                    i = end < 0 ? pdf.Length : i + end + "endstream".Length - 1;
                    break;
            }
        }
        return false;
    }

    private static int SkipPast(ReadOnlySpan<byte> pdf, int start, int relativeEnd) => relativeEnd < 0 ? pdf.Length : start + relativeEnd;

    private static int EndOfLiteralString(ReadOnlySpan<byte> pdf, int open)
    {
        var parentheses = 0;
        for (var i = open; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\': i++; break;
                case (byte)'(': parentheses++; break;
                case (byte)')' when --parentheses == 0: return i;
            }
        }
        return pdf.Length;
    }

    // "stream" as a keyword: after white space or the stream dictionary's ">>", followed by an end of line.
    private static bool IsStreamKeyword(ReadOnlySpan<byte> pdf, int i)
        => pdf[i..].StartsWith("stream"u8)
        && (i == 0 || pdf[i - 1] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'>')
        && i + 6 < pdf.Length && pdf[i + 6] is (byte)'\r' or (byte)'\n';
}
