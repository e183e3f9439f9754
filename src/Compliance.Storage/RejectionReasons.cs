using System.Globalization;
using Compliance.Checking;
using Compliance.Checking.Reading;
using Compliance.Checking.Rules;

namespace Compliance.Storage;

/// <summary>Reasons (for the clerk) why a bulletin was not checked, from the checker's message catalog.</summary>
public static class RejectionReasons
{
    public static string TooLarge(MessageCatalog messages, long sizeBytes, long limitBytes)
        => string.Format(CultureInfo.InvariantCulture, messages.Unreadable(UnreadableKind.TooLarge), ByteSize.Format(sizeBytes), ByteSize.Format(limitBytes));

    public static string Empty(MessageCatalog messages) => messages.Unreadable(UnreadableKind.Empty);

    /// <summary>For an unreadable report that carries no reason of its own (the checker always gives one).</summary>
    public static string Unreadable(MessageCatalog messages) => messages.Unreadable(UnreadableKind.Binary);
}
