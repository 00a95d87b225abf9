using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class QuestionSubjectsTests
{
    private static readonly QuestionSubjects Subjects = new(new JiebaTextSegmenter());

    [Theory]
    [InlineData("村干部的报酬怎么规定", "村干部")]
    [InlineData("乡镇干部报酬有什么规定？", "乡镇干部")]
    [InlineData("预备党员要交党费吗", "预备党员")]
    [InlineData("农民党员每月交多少党费？", "农民党员")]
    [InlineData("2023年的人才补贴是多少", "2023")]
    [InlineData("补贴5万元的条件", "5")]
    public void AQuestionsSubjectIsWhomItIsAboutOrANumberItNames(string question, string subject) =>
        Assert.Contains(subject, Subjects.Of(question));

    [Theory]
    [InlineData("生活困难的党员可以免交党费吗？")]
    [InlineData("哪些干部可以参加培训")]
    [InlineData("村级组织办公经费由谁保障")]
    [InlineData("选干部最看重什么标准？")]
    [InlineData("怎么培养干部")]
    public void AQuestionAboutEveryoneHasNoSubject(string question) =>
        Assert.Empty(Subjects.Of(question));
}
