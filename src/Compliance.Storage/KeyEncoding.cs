using System.Globalization;
using System.Text;

namespace Compliance.Storage;

/// <summary>
/// Makes any string a valid Table storage key. PartitionKey and RowKey forbid <c>/ \ # ?</c> and control
/// characters; the encoding escapes those (and the escape character and the key separator) as <c>%XX</c>,
/// keeps everything else (Chinese included) readable, and is reversible.
/// </summary>
public static class KeyEncoding
{
    /// <summary>Separator between the parts of a composite key; never appears inside an encoded part.</summary>
    public const char Separator = '|';

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c))
            {
                sb ??= new StringBuilder(value.Length + 16).Append(value, 0, i);
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                sb?.Append(c);
            }
        }
        return sb?.ToString() ?? value;
    }

    public static string Decode(string key) => Uri.UnescapeDataString(key);

    /// <summary>Joins encoded parts with <see cref="Separator"/>.</summary>
    public static string Compose(params string[] parts) => string.Join(Separator, parts.Select(Encode));

    private static bool NeedsEscape(char c)
        => c is '/' or '\\' or '#' or '?' or '%' or Separator or '\'' || char.IsControl(c) || char.IsSurrogate(c);
}
