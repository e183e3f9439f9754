using System.Collections.Frozen;
using System.Text;

namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// Maps the look-alike code points some PDFs give for common ideographs back to the unified ideographs the text
/// means. CJK fonts such as Noto/Source Han draw one glyph for several code points (一 for U+4E00 and for the Kangxi
/// radical ⼀ U+2F00, 长 for U+957F and for the radical ⻓ U+2ED3), and a PDF producer that builds its ToUnicode map
/// by inverting the font's cmap may pick the radical: 一 is then read as ⼀ and no organ name, title or date that
/// contains it matches. Compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) come from the same inversion.
/// The simplified-Chinese faces (Noto/Source Han SC, which browsers print with) draw a few more code points with a
/// common ideograph's glyph: the radical ⼾ U+2F3E with 户's (its decomposition says 戶), and four rare Extension A
/// ideographs with the glyphs of 胶, 曶, 幐 and 槩; Chromium's PDFs name those glyphs by the lower code point.
/// </summary>
internal static class CjkCompatibility
{
    /// <summary>The value with radicals and compatibility ideographs replaced by their unified ideographs; the same
    /// string when it holds none (the usual case: no allocation).</summary>
    public static string Unify(string value)
    {
        var i = 0;
        while (i < value.Length && !IsLookAlike(CodePointAt(value, i))) i++;
        if (i == value.Length) return value;

        var text = new StringBuilder(value.Length);
        text.Append(value, 0, i);
        while (i < value.Length)
        {
            var codePoint = CodePointAt(value, i);
            var length = codePoint > 0xFFFF ? 2 : 1;
            text.Append(IsLookAlike(codePoint) ? UnifiedOf(codePoint, value.Substring(i, length)) : value.Substring(i, length));
            i += length;
        }
        return text.ToString();
    }

    private static string UnifiedOf(int codePoint, string lookAlike)
    {
        if (SimplifiedFaces.TryGetValue(codePoint, out var drawn)) return char.ConvertFromUtf32(drawn);
        if (RadicalsSupplement.TryGetValue(codePoint, out var unified)) return char.ConvertFromUtf32(unified);
        // Kangxi radicals have compatibility decompositions to their ideographs (NFKC), compatibility ideographs
        // canonical ones; radicals without an equivalent ideograph and the twelve compatibility ideographs that are
        // unified ideographs themselves come back unchanged.
        return lookAlike.Normalize(NormalizationForm.FormKC);
    }

    private static int CodePointAt(string value, int index) =>
        char.IsSurrogatePair(value, index) ? char.ConvertToUtf32(value, index) : value[index];

    private static bool IsLookAlike(int c) =>
        c is >= 0x2E80 and <= 0x2EFF // CJK Radicals Supplement
            or >= 0x2F00 and <= 0x2FDF // Kangxi Radicals
            or >= 0xF900 and <= 0xFAFF // CJK Compatibility Ideographs
            or >= 0x2F800 and <= 0x2FA1F // CJK Compatibility Ideographs Supplement
        || (c is >= 0x3ADA and <= 0x3BA3 && SimplifiedFaces.ContainsKey(c));

    /// <summary>Code points that the simplified-Chinese CJK faces map to the glyph of a common ideograph (their cmaps
    /// give both code points the one glyph), to that ideograph.</summary>
    private static readonly FrozenDictionary<int, int> SimplifiedFaces = new Dictionary<int, int>
    {
        [0x2F3E] = 0x6237, [0x3ADA] = 0x66F6, [0x3B35] = 0x80F6, [0x3B3A] = 0x5E50, [0x3BA3] = 0x69E9,
    }.ToFrozenDictionary();

    /// <summary>CJK Radicals Supplement to the equivalent unified ideograph (Unicode's EquivalentUnifiedIdeograph.txt,
    /// U+2E81–U+2EF3); unlike the Kangxi radicals these have no decomposition that normalisation would apply.</summary>
    private static readonly FrozenDictionary<int, int> RadicalsSupplement = new Dictionary<int, int>
    {
        [0x2E81] = 0x5382, [0x2E82] = 0x4E5B, [0x2E83] = 0x4E5A, [0x2E84] = 0x4E59, [0x2E85] = 0x4EBB, [0x2E86] = 0x5182,
        [0x2E87] = 0x20628, [0x2E88] = 0x5200, [0x2E89] = 0x5202, [0x2E8A] = 0x535C, [0x2E8B] = 0x353E, [0x2E8C] = 0x5C0F,
        [0x2E8D] = 0x5C0F, [0x2E8E] = 0x5140, [0x2E8F] = 0x5C23, [0x2E90] = 0x5C22, [0x2E91] = 0x21BC2, [0x2E92] = 0x5DF3,
        [0x2E93] = 0x5E7A, [0x2E94] = 0x5F51, [0x2E95] = 0x5F50, [0x2E96] = 0x5FC4, [0x2E97] = 0x5FC3, [0x2E98] = 0x624C,
        [0x2E99] = 0x6535, [0x2E9B] = 0x65E1, [0x2E9C] = 0x65E5, [0x2E9D] = 0x6708, [0x2E9E] = 0x6B7A, [0x2E9F] = 0x6BCD,
        [0x2EA0] = 0x6C11, [0x2EA1] = 0x6C35, [0x2EA2] = 0x6C3A, [0x2EA3] = 0x706C, [0x2EA4] = 0x722B, [0x2EA5] = 0x722B,
        [0x2EA6] = 0x4E2C, [0x2EA7] = 0x725B, [0x2EA8] = 0x72AD, [0x2EA9] = 0x738B, [0x2EAA] = 0x24D14, [0x2EAB] = 0x76EE,
        [0x2EAC] = 0x793A, [0x2EAD] = 0x793B, [0x2EAE] = 0x25AD7, [0x2EAF] = 0x7CF9, [0x2EB0] = 0x7E9F, [0x2EB1] = 0x7F53,
        [0x2EB2] = 0x7F52, [0x2EB3] = 0x34C1, [0x2EB4] = 0x5197, [0x2EB5] = 0x2626B, [0x2EB6] = 0x7F8A, [0x2EB7] = 0x2634C,
        [0x2EB8] = 0x2634B, [0x2EB9] = 0x8002, [0x2EBA] = 0x8080, [0x2EBB] = 0x807F, [0x2EBC] = 0x8089, [0x2EBD] = 0x26951,
        [0x2EBE] = 0x8279, [0x2EBF] = 0x8279, [0x2EC0] = 0x8279, [0x2EC1] = 0x864E, [0x2EC2] = 0x8864, [0x2EC3] = 0x8980,
        [0x2EC4] = 0x897F, [0x2EC5] = 0x89C1, [0x2EC6] = 0x89D2, [0x2EC7] = 0x278B2, [0x2EC8] = 0x8BA0, [0x2EC9] = 0x8D1D,
        [0x2ECA] = 0x27FB7, [0x2ECB] = 0x8F66, [0x2ECC] = 0x8FB6, [0x2ECD] = 0x8FB6, [0x2ECE] = 0x8FB6, [0x2ECF] = 0x9091,
        [0x2ED0] = 0x9485, [0x2ED1] = 0x9577, [0x2ED2] = 0x9578, [0x2ED3] = 0x957F, [0x2ED4] = 0x95E8, [0x2ED5] = 0x28E0F,
        [0x2ED6] = 0x961D, [0x2ED7] = 0x96E8, [0x2ED8] = 0x9752, [0x2ED9] = 0x97E6, [0x2EDA] = 0x9875, [0x2EDB] = 0x98CE,
        [0x2EDC] = 0x98DE, [0x2EDD] = 0x98DF, [0x2EDE] = 0x2967F, [0x2EDF] = 0x98E0, [0x2EE0] = 0x9963, [0x2EE1] = 0x29810,
        [0x2EE2] = 0x9A6C, [0x2EE3] = 0x9AA8, [0x2EE4] = 0x9B3C, [0x2EE5] = 0x9C7C, [0x2EE6] = 0x9E1F, [0x2EE7] = 0x5364,
        [0x2EE8] = 0x9EA6, [0x2EE9] = 0x9EC4, [0x2EEA] = 0x9EFE, [0x2EEB] = 0x6589, [0x2EEC] = 0x9F50, [0x2EED] = 0x6B6F,
        [0x2EEE] = 0x9F7F, [0x2EEF] = 0x7ADC, [0x2EF0] = 0x9F99, [0x2EF1] = 0x9F9C, [0x2EF2] = 0x4E80, [0x2EF3] = 0x9F9F,
    }.ToFrozenDictionary();
}
