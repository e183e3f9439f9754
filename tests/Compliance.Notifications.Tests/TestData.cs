using System.Text.Json;
using Compliance.Storage;
using Compliance.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Compliance.Notifications.Tests;

/// <summary>Rows of the weekly results table written the way the storage processor writes them.</summary>
internal static class TestData
{
    public static readonly IsoWeek Week = new(2026, 47);
    public const string Luoyang = "洛阳市人民政府办公室";
    public const string Jianxi = "涧西区人民政府办公室";
    public const string Headless = "吕梁市扶贫开发办公室";
    public const string ScriptTitle = "<script>alert('x')</script>关于加强公安民警职业保障的通知";

    public static FindingSummary Error(string rule, string message, int line) => new(rule, "Error", message, line, null, null);
    public static FindingSummary Warning(string rule, string message, int line) => new(rule, "Warning", message, line, null, null);

    public static DocumentResultEntity Row(IsoWeek week, string office, string bulletin, int index, string? docNumber, string? title, params FindingSummary[] findings)
        => new()
        {
            PartitionKey = DocumentResultEntity.PartitionKeyFor(week),
            RowKey = DocumentResultEntity.RowKeyFor(office, bulletin, index),
            Week = week.ToString(),
            Office = office,
            Bulletin = bulletin,
            DocumentIndex = index,
            DocNumber = docNumber,
            Title = title,
            Errors = findings.Count(f => f.Severity == "Error"),
            Warnings = findings.Count(f => f.Severity == "Warning"),
            Infos = findings.Count(f => f.Severity == "Info"),
            FindingsJson = JsonSerializer.Serialize(findings),
            CheckedAt = week.StartsAt.AddDays(1),
        };

    /// <summary>Two offices with heads (one with findings, one without), one office without a head, and a row of the next week.</summary>
    public static List<DocumentResultEntity> SampleRows() =>
    [
        Row(Week, Luoyang, "000_luoyang.txt", 1, "洛政办〔2019〕35号", "关于大力发展粮食产业经济的实施意见",
            Error("number.brackets", "发文字号中的年份应使用六角括号〔〕。", 12), Warning("date.zero-padding", "成文日期中的月、日不编虚位。", 40)),
        Row(Week, Luoyang, "000_luoyang.txt", 2, "洛政办(2019)36号", ScriptTitle,
            Error("number.brackets", "发文字号中的年份应使用六角括号〔〕。", 55)),
        Row(Week, Luoyang, "000_luoyang.txt", 3, "洛政办〔2019〕38号", "关于进一步做好城镇困难职工解困脱困工作的实施意见"),
        Row(Week, Jianxi, "000_luoyang.txt", 4, "洛涧政办〔2019〕13号", "关于印发涧西区永久基本农田核实整改补划暨储备区划定工作方案的通知"),
        Row(Week, Headless, "002_lvliang.txt", 1, "吕扶贫发〔2020〕1号", "关于做好扶贫工作的通知",
            Warning("publication.missing", "缺少附注（如“此件公开发布”）。", 80)),
        Row(Week.AddWeeks(1), Luoyang, "003_next_week.txt", 1, "洛政办〔2019〕46号", "下一周的公文",
            Error("number.missing", "缺少发文字号。", 3)),
    ];

    public static string RecipientsSeed => Path.Combine(Compliance.TestSupport.RepositoryPaths.Root, "config", "recipients.json");
}

/// <summary>Collects log entries so tests can assert on warnings.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> _entries = [];
    private readonly List<IReadOnlyDictionary<string, object?>> _values = [];

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries
    {
        get { lock (_entries) return _entries.ToList(); }
    }

    /// <summary>The structured values of each entry (the message template's placeholders), in the order logged.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Values
    {
        get { lock (_entries) return _values.ToList(); }
    }

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            lock (owner._entries)
            {
                owner._entries.Add((logLevel, category, formatter(state, exception)));
                owner._values.Add(values);
            }
        }
    }
}
