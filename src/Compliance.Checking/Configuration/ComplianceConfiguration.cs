using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Compliance.Checking.Configuration;

/// <summary>The configuration file is not valid. The message says where and why, for the person who edits it.</summary>
public sealed class ComplianceConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Loads <c>compliance.json</c>: rule overrides and the issuer registry.</summary>
public static class ComplianceConfiguration
{
    public const string DefaultFileName = "compliance.json";

    // Source-generated metadata: no reflection at start-up, and safe to trim and compile ahead of time.
    private static readonly JsonTypeInfo<CheckerOptions> OptionsJson = (JsonTypeInfo<CheckerOptions>)new JsonSerializerOptions
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter<Severity>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        TypeInfoResolver = CheckerOptionsJsonContext.Default,
    }.GetTypeInfo(typeof(CheckerOptions));

    public static CheckerOptions Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ComplianceConfigurationException($"Cannot read configuration file '{path}': {ex.Message}", ex);
        }
        return Parse(text, path);
    }

    public static CheckerOptions Parse(string json, string origin = "configuration")
    {
        CheckerOptions? options;
        try
        {
            options = JsonSerializer.Deserialize(json, OptionsJson);
        }
        catch (JsonException ex)
        {
            throw new ComplianceConfigurationException($"{origin}: invalid JSON at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        options ??= new CheckerOptions();
        Validate(options, origin);
        return options;
    }

    /// <summary>Rejects unknown rule ids, so that a typo does not silently leave a rule on, and limits that are not positive.</summary>
    public static void Validate(CheckerOptions options, string origin = "configuration")
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Limits is null) throw new ComplianceConfigurationException($"{origin}: 'limits' must be an object.");
        if (options.Limits.Removed() is { } removed) throw new ComplianceConfigurationException($"{origin}: limits.{removed}");
        if (options.Limits.Problems().FirstOrDefault() is { } setting)
        {
            throw new ComplianceConfigurationException($"{origin}: limits.{setting} must be a positive number.");
        }
        var known = Rules.RuleCatalog.Default.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in options.Rules.Keys)
        {
            if (!known.Contains(id))
            {
                throw new ComplianceConfigurationException($"{origin}: unknown rule '{id}'. Known rules: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    /// <summary>The issuer registry shipped with the product (the repository's compliance.json).</summary>
    internal static IReadOnlyDictionary<string, string[]> BuiltInIssuers { get; } = LoadBuiltIn();

    private static Dictionary<string, string[]> LoadBuiltIn()
    {
        using var stream = typeof(ComplianceConfiguration).Assembly.GetManifestResourceStream("Compliance.Checking.compliance.json")
            ?? throw new InvalidOperationException("The built-in compliance.json is missing from the assembly.");
        var options = JsonSerializer.Deserialize(stream, OptionsJson) ?? new CheckerOptions();
        return options.Issuers;
    }
}

[JsonSerializable(typeof(CheckerOptions))]
internal sealed partial class CheckerOptionsJsonContext : JsonSerializerContext;
