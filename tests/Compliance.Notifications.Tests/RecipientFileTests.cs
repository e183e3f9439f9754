namespace Compliance.Notifications.Tests;

public sealed class RecipientFileTests
{
    [Fact]
    public async Task Shipped_seed_covers_the_seed_offices_but_one()
    {
        var recipients = await RecipientFile.ReadAsync(TestData.RecipientsSeed, CancellationToken.None);

        foreach (var office in new[] { "洛阳市人民政府办公室", "涧西区人民政府办公室", "乳山市人民政府", "乳山市人民政府办公室", "吕梁市人民政府", "吕梁市人民政府办公室", "吕梁市农业农村局" })
        {
            Assert.Contains(recipients, r => r.Office == office && r.Email.EndsWith(".example.gov.cn", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(recipients, r => r.Office == TestData.Headless);
    }

    [Theory]
    [InlineData("[{\"office\":\"洛阳市人民政府办公室\",\"name\":\"王明\",\"email\":\"not-an-address\"}]", "电子邮件地址无效")]
    [InlineData("[{\"name\":\"王明\",\"email\":\"a@example.gov.cn\"}]", "缺少发文机关名称")]
    [InlineData("[{\"office\":\"甲\",\"email\":\"a@example.gov.cn\"},{\"office\":\"甲\",\"email\":\"b@example.gov.cn\"}]", "出现了不止一次")]
    [InlineData("{\"recipients\": [", "不是有效的 JSON")]
    public void Bad_entries_are_rejected_with_a_chinese_message(string json, string expected)
    {
        var ex = Assert.Throws<RecipientFileException>(() => RecipientFile.Parse(json));
        Assert.Contains(expected, ex.Message);
    }
}
