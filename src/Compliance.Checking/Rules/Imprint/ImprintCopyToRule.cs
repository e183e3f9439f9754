namespace Compliance.Checking.Rules.Imprint;

/// <summary>
/// The copy-to line (7.4.2): 抄送 + full-width colon + organs separated by ， or 、, the last followed by 。. A half-width
/// colon or comma is judged against the document's habit; a semicolon between organs, or a missing or wrong final
/// mark, always. One finding for the line, quoting it as it should read.
/// </summary>
internal sealed class ImprintCopyToRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ImprintCopyTo, Severity.Warning, "7.4.2");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.CopyTo is not { } copyTo) return;
        var text = copyTo.Value;
        if (text.Length <= 2) return;
        var slip = context.Document.Punctuation.HalfWidthIsSlip;
        var organs = text.AsSpan(2);
        var colon = organs[0] is '：' or ':' ? organs[0] : '\0';
        if (colon != '\0') organs = organs[1..];
        if (organs.Length == 0) return;
        var fixedText = new System.Text.StringBuilder("抄送");
        fixedText.Append(colon == ':' && !slip ? ':' : '：');
        for (var i = 0; i < organs.Length - 1; i++)
        {
            fixedText.Append(organs[i] switch
            {
                '；' or ';' => '，',
                ',' when slip => '，',
                var c => c,
            });
        }
        var last = organs[^1];
        if (last is '，' or '、' or '；' or ',' or ';' or '.' or '：' or ':') fixedText.Append('。');
        else
        {
            fixedText.Append(last);
            if (last != '。') fixedText.Append('。');
        }
        var corrected = fixedText.ToString();
        if (corrected == text) return;
        // A line that lost its final mark can run on into the printing organ and date (印发) when lines are joined;
        // the finding stands, but what to write is then not this text with a full stop: no suggestion.
        var suggestion = text.Contains("印发", StringComparison.Ordinal) ? null : corrected;
        sink.ReportFix(copyTo.Line, copyTo.Page, text, suggestion, text, corrected);
    }
}
