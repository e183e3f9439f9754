using System.Globalization;
using System.Resources;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Rules;

/// <summary>
/// Messages for readers, from the Resources/Messages.resx catalog (Simplified Chinese, the neutral language; add
/// Messages.{culture}.resx for another language). Keys: <c>{ruleId}.title</c>, <c>{ruleId}.message</c>,
/// <c>unreadable.{kind}</c>.
/// </summary>
public sealed class MessageCatalog
{
    private static readonly ResourceManager Resources = new("Compliance.Checking.Resources.Messages", typeof(MessageCatalog).Assembly);

    private readonly CultureInfo _culture;

    // A rule's message format, looked up and parsed once per catalog: a resource lookup walks the culture chain, and a
    // bulletin has a finding every few documents.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.CompositeFormat> _formats = new(StringComparer.Ordinal);

    public MessageCatalog(string? culture = null)
    {
        _culture = string.IsNullOrEmpty(culture) ? CultureInfo.GetCultureInfo("zh-Hans") : CultureInfo.GetCultureInfo(culture);
    }

    public string Title(string ruleId) => Get(ruleId + ".title");

    /// <summary>The rule's title, or null for an id the catalog does not know (e.g. a rule retired since a row was stored).</summary>
    public string? TryTitle(string ruleId) => Resources.GetString(ruleId + ".title", _culture);

    public string Message(string ruleId, params object?[] args)
        => string.Format(_culture, _formats.GetOrAdd(ruleId, static (id, catalog) => System.Text.CompositeFormat.Parse(catalog.Get(id + ".message")), this), args);

    public string Unreadable(UnreadableKind kind) => Get("unreadable." + kind);

    public string Get(string key)
        => Resources.GetString(key, _culture) ?? throw new InvalidOperationException($"Message '{key}' is missing from the catalog.");
}
