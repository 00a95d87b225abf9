namespace OrgWork.Bot.Core.Conversation;

public static partial class UiText
{
    public const string SmallTalkGreeting = "您好，{0}！我是组工学习助手，可以带您学习课程、每日答题，也可以直接发问题查政策文件。请选择：";
    public const string SmallTalkThanks = "不客气！还有什么需要，随时找我。";
    public const string SmallTalkFarewell = "再见，欢迎随时回来学习！";
    public const string SmallTalkAcknowledged = "好的。需要时可以点下面的按钮，或直接发送政策问题。";
    public const string SmallTalkWhoAreYou = "我是{0}：可以浏览课程、每日答题、复习错题、查看学习情况，也可以回答政策文件方面的问题（直接发送问题即可）。";

    public const string ButtonMainCourses = "📚 课程";
    public const string ButtonMainDaily = "📝 每日答题";
    public const string ButtonMainReview = "📒 错题本";
    public const string ButtonMainMe = "👤 我的";
    public const string ButtonMainHelp = "❓ 帮助";
}
