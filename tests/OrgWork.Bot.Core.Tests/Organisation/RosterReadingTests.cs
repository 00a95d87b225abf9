using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Organisation;

/// <summary>Reading and validating roster files (党员名册): every format, every problem by its code and row, before any database is involved.</summary>
public partial class RosterReadingTests
{
    private const string FileName = "名册.csv";

    private static readonly string Good = RosterFiles.Csv(
        "张三,13800000001,第一党支部,城关镇党委,正式党员,支部书记,管理员",
        "李四,13800000002,第一党支部,城关镇党委,预备党员,,",
        "王五,13800000003,第二党支部,,入党积极分子,,讲师",
        "赵六,13800000004,第二党支部,,群众,,党员");

    private static RosterReading Read(byte[] bytes, string fileName = FileName) =>
        RosterValidator.Validate(RosterFileReader.ReadRows(new MemoryStream(bytes), fileName), fileName);

    private static RosterReading Read(string csv) => Read(RosterFiles.Utf8(csv));

    private static string CodeAndRow(Diagnostic d) => $"{d.Code.Id}@{d.Line}";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with BOM")]
    [InlineData("gbk")]
    public void ACsvRosterIsReadInUtf8WithOrWithoutBomAndInGbk(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => RosterFiles.Utf8(Good),
            "utf-8 with BOM" => RosterFiles.Utf8WithBom(Good),
            _ => RosterFiles.Gbk(Good),
        };

        var reading = Read(bytes);

        Assert.Empty(reading.Diagnostics);
        Assert.Equal(
        [
            new RosterEntry(2, "张三", "13800000001", "第一党支部", "城关镇党委", MemberCategory.Full, "支部书记", Role.Admin),
            new RosterEntry(3, "李四", "13800000002", "第一党支部", "城关镇党委", MemberCategory.Probationary, null, Role.Member),
            new RosterEntry(4, "王五", "13800000003", "第二党支部", null, MemberCategory.Activist, null, Role.Trainer),
            new RosterEntry(5, "赵六", "13800000004", "第二党支部", null, MemberCategory.NonMember, null, Role.Member),
        ], reading.Entries);
    }

    [Fact]
    public void AnXlsxRosterIsReadFromItsFirstSheetWithNumericPhoneCells()
    {
        var bytes = RosterFiles.Xlsx(
        [
            RosterFiles.XlsxRow("张三", 13800000001, "第一党支部", "城关镇党委", "正式党员", "支部书记", "管理员"),
            RosterFiles.XlsxRow("李四", 13800000002, "第一党支部", role: "讲师"),
        ]);

        var reading = Read(bytes, "名册.xlsx");

        Assert.Empty(reading.Diagnostics);
        Assert.Equal(
        [
            new RosterEntry(2, "张三", "13800000001", "第一党支部", "城关镇党委", MemberCategory.Full, "支部书记", Role.Admin),
            new RosterEntry(3, "李四", "13800000002", "第一党支部", null, MemberCategory.Full, null, Role.Trainer),
        ], reading.Entries);
    }

    [Fact]
    public void ColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut()
    {
        var reading = Read("所属支部,姓名,手机号\n第一党支部,张三,13800000001\n");

        Assert.Equal([new RosterEntry(2, "张三", "13800000001", "第一党支部", null, MemberCategory.Full, null, Role.Member)], reading.Entries);
    }

    [Fact]
    public void CellsAreTrimmedAndFullWidthDigitsSpacesAndHyphensInPhoneNumbersAreTolerated()
    {
        var reading = Read(RosterFiles.Csv(" 张三 ,１３８０００００００１,  第一党支部 ,,,,", "李四,138-0000-0002,第一党支部,,,,", "王五,138 0000 0003,第一党支部,,,,"));

        Assert.Empty(reading.Diagnostics);
        Assert.Equal(["13800000001", "13800000002", "13800000003"], reading.Entries.Select(e => e.Phone));
        Assert.Equal("张三", reading.Entries[0].Name);
        Assert.Equal("第一党支部", reading.Entries[0].Branch);
    }

    [Fact]
    public void BlankRowsAreSkippedAndRowsKeepTheirSpreadsheetNumbers()
    {
        var reading = Read(RosterFiles.Csv("张三,13800000001,第一党支部,,,,", ",,,,,,", "李四,13800000002,第一党支部,,,,"));

        Assert.Equal([2, 4], reading.Entries.Select(e => e.Row));
    }

    [Fact]
    public void AnUnknownColumnIsAWarningAndTheRowsStillImport()
    {
        var reading = Read("姓名,手机号,所属支部,备注\n张三,13800000001,第一党支部,老党员\n");

        var warning = Assert.Single(reading.Diagnostics);
        Assert.Equal("名册.csv:1: 警告 [RS005]: 未知的列“备注”被忽略（可用的列：姓名、手机号、所属支部、上级党组织、人员类别、职务、角色）", warning.ToString());
        Assert.Single(reading.Entries);
        Assert.False(reading.HasErrors);
    }

    [Theory]
    [InlineData("姓名,所属支部\n张三,第一党支部\n", "RS004@1")]
    [InlineData("手机号,所属支部\n13800000001,第一党支部\n", "RS004@1")]
    [InlineData("姓名,手机号\n张三,13800000001\n", "RS004@1")]
    [InlineData("姓名,手机号,所属支部,姓名\n张三,13800000001,第一党支部,张三\n", "RS006@1")]
    [InlineData("姓名,手机号,所属支部\n", "RS007@2")]
    [InlineData("", "RS001@1")]
    [InlineData("\n\n", "RS001@1")]
    public void FileAndHeaderProblemsHaveTheirCodes(string csv, string expected)
    {
        var reading = Read(csv);

        Assert.True(reading.HasErrors);
        Assert.Equal(expected, CodeAndRow(Assert.Single(reading.Diagnostics)));
        Assert.Empty(reading.Entries);
    }

    [Fact]
    public void EachMissingRequiredColumnIsNamed()
    {
        var reading = Read("职务\n书记\n");

        Assert.Equal(
        [
            "名册.csv:1: 错误 [RS004]: 表头缺少必填的列“姓名”",
            "名册.csv:1: 错误 [RS004]: 表头缺少必填的列“手机号”",
            "名册.csv:1: 错误 [RS004]: 表头缺少必填的列“所属支部”",
        ], reading.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(",13800000001,第一党支部,,,,", "RS101")]
    [InlineData("张三,,第一党支部,,,,", "RS102")]
    [InlineData("张三,1380000000,第一党支部,,,,", "RS103")]
    [InlineData("张三,138000000012,第一党支部,,,,", "RS103")]
    [InlineData("张三,1380000000x,第一党支部,,,,", "RS103")]
    [InlineData("张三,13800000001,,,,,", "RS106")]
    [InlineData("张三,13800000001,第一党支部,,党员,,", "RS107")]
    [InlineData("张三,13800000001,第一党支部,,,,书记", "RS108")]
    public void ARowProblemIsReportedAtItsRowWithItsCode(string line, string code)
    {
        var reading = Read(RosterFiles.Csv("李四,13800000009,第一党支部,,,,", line));

        Assert.Equal($"{code}@3", CodeAndRow(Assert.Single(reading.Diagnostics)));
        Assert.True(reading.HasErrors);
    }

    [Fact]
    public void AMalformedPhoneNumberIsQuotedInTheMessage()
    {
        var reading = Read(RosterFiles.Csv("张三,1380000,第一党支部,,,,"));

        Assert.Equal("名册.csv:2: 错误 [RS103]: 手机号“1380000”格式不对：应为 11 位数字", Assert.Single(reading.Diagnostics).ToString());
    }

    [Fact]
    public void ATooLongValueIsAnError()
    {
        var reading = Read(RosterFiles.Csv($"张三,13800000001,{new string('支', 101)},,,,"));

        Assert.Equal("RS110@2", CodeAndRow(Assert.Single(reading.Diagnostics)));
    }

    [Fact]
    public void ADuplicatePhoneNumberNamesBothRows()
    {
        var reading = Read(RosterFiles.Csv("张三,13800000001,第一党支部,,,,", "李四,13800000002,第一党支部,,,,", "张三,13800000001,第一党支部,,,,"));

        var duplicate = Assert.Single(reading.Diagnostics);
        Assert.Equal("RS104@4", CodeAndRow(duplicate));
        Assert.Contains("第 2 行", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("第 4 行", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberListedInTwoBranchesNamesBothRowsAndBranches()
    {
        var reading = Read(RosterFiles.Csv("张三,13800000001,第一党支部,,,,", "张三,13800000001,第二党支部,,,,"));

        Assert.Equal(
            "名册.csv:3: 错误 [RS105]: 同一手机号出现在两个支部：第 2 行是“第一党支部”，第 3 行是“第二党支部”；一名党员只能属于一个支部",
            Assert.Single(reading.Diagnostics).ToString());
    }

    [Fact]
    public void ABranchGivenTwoParentsIsAnError()
    {
        var reading = Read(RosterFiles.Csv("张三,13800000001,第一党支部,城关镇党委,,,", "李四,13800000002,第一党支部,,,,", "王五,13800000003,第一党支部,东关镇党委,,,"));

        Assert.Equal("RS109@4", CodeAndRow(Assert.Single(reading.Diagnostics)));
    }

    [Fact]
    public void EveryRowIsValidatedAndProblemsAreSortedByRow()
    {
        var reading = Read("姓名,手机号,所属支部,人员类别,备注\n,123,第一党支部,,\n张三,13800000001,,党员,\n李四,13800000002,第一党支部,,\n");

        Assert.Equal(["RS005@1", "RS101@2", "RS103@2", "RS106@3", "RS107@3"], reading.Diagnostics.Select(CodeAndRow));
        Assert.Single(reading.Entries);
    }

    [Theory]
    [InlineData("名册.xls", "RS002")]
    [InlineData("名册.txt", "RS002")]
    public async Task AnUnsupportedFileTypeIsRefused(string fileName, string code)
    {
        var plan = await PlanWithoutDatabaseAsync(RosterFiles.Utf8(Good), fileName);

        Assert.Equal($"{code}@1", CodeAndRow(Assert.Single(plan.Diagnostics)));
        Assert.False(plan.CanApply);
    }

    [Fact]
    public async Task AWorkbookThatIsNotOneIsUnreadable()
    {
        var plan = await PlanWithoutDatabaseAsync(RosterFiles.Utf8(Good), "名册.xlsx");

        Assert.Equal("RS003@1", CodeAndRow(Assert.Single(plan.Diagnostics)));
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefusedBeforeItIsRead()
    {
        var plan = await PlanWithoutDatabaseAsync(new byte[RosterImport.MaxFileBytes + 1], "名册.csv");

        Assert.Equal("RS008@1", CodeAndRow(Assert.Single(plan.Diagnostics)));
    }

    [Fact]
    public async Task EveryDefinedCodeIsProducedByACaseAboveAndListedInTheReadme()
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var csv in new[]
        {
            "", "姓名\n", "姓名,手机号,所属支部,姓名,备注\n", "姓名,手机号,所属支部\n",
            RosterFiles.Csv(",,,,,,", ",1,,,党员,,书记", "张三,13800000001,甲支部,甲党委,,,", "赵七,,甲支部,,,,", "张三,13800000001,甲支部,,,,",
                "张三,13800000001,乙支部,,,,", "李四,13800000002,甲支部,乙党委,,,", $"王五,13800000003,{new string('支', 101)},,,,"),
        })
        {
            produced.UnionWith(Read(csv).Diagnostics.Select(d => d.Code.Id));
        }

        produced.UnionWith((await PlanWithoutDatabaseAsync([], "名册.xls")).Diagnostics.Select(d => d.Code.Id));
        produced.UnionWith((await PlanWithoutDatabaseAsync([1, 2, 3], "名册.xlsx")).Diagnostics.Select(d => d.Code.Id));
        produced.UnionWith((await PlanWithoutDatabaseAsync(new byte[RosterImport.MaxFileBytes + 1], "名册.csv")).Diagnostics.Select(d => d.Code.Id));

        var defined = UiText.RosterDiagnostics.All.Select(c => c.Id).ToList();
        Assert.Equal(defined.Order(StringComparer.Ordinal), produced.Order(StringComparer.Ordinal));
        Assert.All(defined, id => Assert.Matches(RosterCode(), id));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.All(defined, id => Assert.Contains($"| `{id}` |", readme, StringComparison.Ordinal));
    }

    /// <summary>Files that fail before the database is asked anything.</summary>
    private static async Task<RosterPlan> PlanWithoutDatabaseAsync(byte[] bytes, string fileName)
    {
        var import = new RosterImport(null!, null!, null!, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<RosterImport>.Instance);
        return await import.PlanAsync(new MemoryStream(bytes), fileName, CancellationToken.None);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OrgWork.Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder!.FullName;
    }

    [GeneratedRegex(@"^RS[01]\d\d$")]
    private static partial Regex RosterCode();
}
