using Compliance.Storage;
using Compliance.Storage.Tables;
using Compliance.TestSupport;

namespace Compliance.Notifications.Tests;

/// <summary>The weekly results read by partition and RowKey range, against Azurite.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class DocumentResultReaderTests(AzuriteFixture azurite)
{
    // An office whose name is a prefix of another's, and one whose name needs escaping in a key.
    private const string Luoyang = "洛阳市";
    private const string EscapedOffice = "某局/办公室 #1";

    [Fact]
    public async Task A_week_is_its_partition_and_an_office_is_a_row_range_of_it()
    {
        await azurite.ResetAsync();
        await using var harness = new JobHarness(azurite);
        var week = TestData.Week;
        var rows = TestData.SampleRows().Concat(
        [
            TestData.Row(week, Luoyang, "005_luoyang.txt", 1, "洛政〔2026〕1号", "前缀相同的单位"),
            TestData.Row(week, EscapedOffice, "006 #?.txt", 1, null, "需要转义的单位"),
            TestData.Row(week.AddWeeks(-1), TestData.Luoyang, "004_last_week.txt", 1, null, "上一周的公文"),
        ]).ToList();
        await harness.SeedAsync(rows, importRecipients: false);
        var reader = harness.Get<DocumentResultReader>();

        var weekRows = await reader.ReadWeekAsync(week, CancellationToken.None);
        Assert.Equal(Keys(rows.Where(r => r.Week == week.ToString())), Keys(weekRows));

        foreach (var office in new[] { TestData.Luoyang, Luoyang, EscapedOffice, TestData.Headless })
        {
            var officeRows = await reader.ReadOfficeWeekAsync(week, office, CancellationToken.None);
            Assert.NotEmpty(officeRows);
            Assert.Equal(Keys(rows.Where(r => r.Week == week.ToString() && r.Office == office)), Keys(officeRows));
        }
        Assert.Empty(await reader.ReadOfficeWeekAsync(week.AddWeeks(2), TestData.Luoyang, CancellationToken.None));
    }

    private static List<string> Keys(IEnumerable<DocumentResultEntity> rows)
        => rows.Select(r => r.PartitionKey + " " + r.RowKey).Order(StringComparer.Ordinal).ToList();
}
