namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Every user-facing sentence of the bot, in Simplified Chinese, in one place. Features add their own
/// part of this class in a file of their own (<c>UiText.Feature.cs</c>).
/// </summary>
public static partial class UiText
{
    /// <summary>Fills a text's <c>{0}</c> placeholders.</summary>
    public static string Format(string text, params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, text, arguments);

    public const string ProductName = "组工学习助手";

    public const string Welcome = """
        欢迎使用{0}，{1}！

        在这里可以学习党员教育课程、参加测验、记录学习进度。
        发送 /courses 浏览课程目录，发送 /help 查看全部命令。
        """;

    public const string WelcomeBack = "欢迎回来，{0}！发送 /courses 继续学习，发送 /help 查看全部命令。";

    public const string HelpTitle = "可用命令";
    public const string HelpFooter = "点击消息下方的按钮即可翻页和返回。";
    public const string UnknownInput = "没有理解您的意思。发送 /courses 浏览课程，发送 /help 查看全部命令。";
    public const string UnknownCommand = "没有 {0} 这个命令。发送 /help 查看全部命令。";
    public const string InternalError = "抱歉，处理时出错了，请稍后再试。";
    public const string StaleButton = "这个按钮已过期或内容已更新，请发送 /courses 重新打开。";
    public const string DefaultName = "学员";

    public const string CommandStart = "开始使用";
    public const string CommandHelp = "查看帮助";
    public const string CommandCourses = "课程目录";

    public const string CatalogueTitle = "课程目录";
    public const string CatalogueEmpty = "暂时还没有课程。";
    public const string CatalogueHint = "请选择一门课程：";
    public const string CourseLessons = "共 {0} 课，约 {1} 分钟。已完成 {2}/{0}。";
    public const string CourseNoLessons = "本课程暂时还没有课时。";
    public const string LessonPageHeader = "（第 {0}/{1} 页）";
    public const string LessonFinished = "✅ 本课已学完。";

    public const string ButtonCourses = "📚 课程目录";
    public const string ButtonPrevious = "« 上一页";
    public const string ButtonNext = "下一页 »";
    public const string ButtonBackToCourse = "↩ 返回目录";
    public const string ButtonBackToCatalogue = "↩ 返回课程列表";
    public const string ButtonNextLesson = "下一课：{0}";
    public const string LessonDone = "✅";

    public const string TerminalNoSuchButton = "没有这个按钮：{0}（输入 #数字 按下最近一条消息的按钮）";
    public const string TerminalToast = "（提示）{0}";
    public const string TerminalImage = "（图片：{0}，{1} 字节）";

    public const string TurnPending = "正在处理，请稍候……";

    public const string AlreadyApplied = "这个操作已经处理过了，请勿重复点击。";
    public const string NotAllowed = "{0} 需要{1}权限。";

    public static string RoleName(Storage.Role role) => role switch
    {
        Storage.Role.Admin => "管理员",
        Storage.Role.Trainer => "讲师",
        _ => "党员",
    };
}
