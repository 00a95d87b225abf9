using System.Reflection;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Conversation;

public static partial class UiText
{
    /// <summary><c>path:line: 错误|警告 [CODE]: 说明</c>.</summary>
    public const string DiagnosticLine = "{0}:{1}: {2} [{3}]: {4}";
    public const string DiagnosticError = "错误";
    public const string DiagnosticWarning = "警告";

    public const string ValidateSummary = "共检查 {0} 个文件：{1} 个错误，{2} 个警告；{3} 门课程，{4} 课，{5} 道题，{6} 份政策文件";

    /// <summary>
    /// Why a file, folder or front matter could not be read, in place of the library's or the system's English
    /// message: the <c>{0}</c> of CT002, CT008, CT009 and CT104.
    /// </summary>
    public static class DiagnosticReasons
    {
        public const string NoPermission = "没有权限";
        public const string Vanished = "文件在读取时已不存在（可能刚被移动或删除）";
        public const string LinkLoop = "它是指向自身的链接或链接形成了循环，请删除这个链接";
        public const string PathTooLong = "路径太长，请缩短文件夹或文件名";
        public const string InUse = "文件正被其他程序占用，请关闭后重试";
        public const string IoError = "读取时出错（磁盘、网络文件夹或链接的问题），请检查文件后重试";

        public const string TooDeeplyNested = "嵌套层次太深（引用“>”、列表或表格嵌套过多），请减少这一课中的嵌套";
        public const string ParserFailed = "Markdown 解析器无法处理其中的写法，请简化这一课中格式复杂的段落";

        public const string YamlTab = "用了制表符（Tab）缩进，请改用空格";
        public const string YamlDuplicateKey = "同一个键写了两次，请删除多余的一行";
        public const string YamlUnclosedQuote = "引号没有闭合：以引号开头的值必须以同样的引号结束";
        public const string YamlUnclosedBracket = "方括号“[ ]”或花括号“{ }”没有闭合；值里需要括号时请给整个值加引号";
        public const string YamlColonInValue = "值里出现了“: ”，或这一行多了缩进；含冒号的值请加引号，键请从行首写起";
        public const string YamlAlias = "以“*”或“&”开头的值请加引号";
        public const string YamlReservedCharacter = "值不能以“@”或“`”开头，请给整个值加引号";
        public const string YamlStructure = "每一行都应是从行首写起的“键: 值”；列表项“- …”要写在键的下一行并缩进";
        public const string YamlOther = "写法有误，请检查这一行；含有“:”“#”“[”“{”或引号的值请整体加引号";
    }

    /// <summary>
    /// Every content problem a trainer or admin can see, with its stable code. Codes are grouped by hundreds:
    /// CT0xx files and folders, CT1xx front matter, CT2xx quizzes, CT3xx course and lesson structure,
    /// CT4xx policies, CT5xx question imports (GIFT, Aiken, CSV), CT6xx the Q&A loop (synonyms, curated answers), CT7xx the study year (plans, exams), CT8xx training classes and red-education sites. A code is never reused for another meaning.
    /// Templates go through <see cref="string.Format(IFormatProvider, string, object[])"/>: a literal brace is doubled.
    /// </summary>
    public static class Diagnostics
    {
        private const DiagnosticLevel Error = DiagnosticLevel.Error;
        private const DiagnosticLevel Warning = DiagnosticLevel.Warning;

        // Files and folders
        public static readonly DiagnosticCode FolderMissing = new("CT001", Error, "内容文件夹不存在");
        public static readonly DiagnosticCode FolderUnreadable = new("CT002", Error, "无法读取文件夹：{0}，其中的文件没有加载");
        public static readonly DiagnosticCode FileTooLarge = new("CT003", Error, "文件大小为 {0}，超过上限 {1}（Content:MaxFileBytes），请拆分成几课");
        public static readonly DiagnosticCode FileNotUtf8 = new("CT004", Error, "文件不是有效的 UTF-8 编码（第 {1} 字节处是无效字节 0x{0}），请另存为 UTF-8");
        public static readonly DiagnosticCode FileEmpty = new("CT005", Error, "文件是空的");
        public static readonly DiagnosticCode FileDanglingLink = new("CT006", Error, "无法读取文件：它是指向“{0}”的链接，而目标不存在（可能是编辑器的锁文件，请删除这个链接）");
        public static readonly DiagnosticCode FilePermissionDenied = new("CT007", Error, "无法读取文件：没有读取权限，请让服务的运行账户可以读取它");
        public static readonly DiagnosticCode FileUnreadable = new("CT008", Error, "无法读取文件：{0}");
        public static readonly DiagnosticCode FileUnparsable = new("CT009", Error, "无法解析文件：{0}");
        public static readonly DiagnosticCode ValidationStopped = new("CT010", Error, "校验意外中断（程序内部错误 {0}），请把这一行发给管理员");

        // Front matter
        public static readonly DiagnosticCode FrontMatterMissing = new("CT101", Error, "缺少文件头（front matter）：文件必须以一行“---”开头，写上“title: …”，再以一行“---”结束");
        public static readonly DiagnosticCode FrontMatterUnknownKey = new("CT102", Warning, "未知的文件头键“{0}”（可用的键：{1}）");
        public static readonly DiagnosticCode FrontMatterNoTitle = new("CT103", Error, "文件头缺少必填的键“title”");
        public static readonly DiagnosticCode FrontMatterNotYaml = new("CT104", Error, "文件头不是有效的 YAML：{0}");
        public static readonly DiagnosticCode FrontMatterNotKeyValue = new("CT105", Error, "文件头必须是“键: 值”形式的行");
        public static readonly DiagnosticCode FrontMatterNotWholeNumber = new("CT106", Error, "文件头的键“{0}”必须是不小于 0 的整数，实际是“{1}”");

        // Quizzes
        public static readonly DiagnosticCode OptionOutsideQuiz = new("CT201", Error, "“## 测验”小节之外出现了选项（“[x]”或“[ ]”）");
        public static readonly DiagnosticCode SecondQuizSection = new("CT202", Error, "出现了第二个测验小节：请把全部题目放在同一个“## 测验”标题下");
        public static readonly DiagnosticCode DuplicateQuestion = new("CT203", Error, "题目重复（与第 {0} 行相同）：同一文件中题目文字不能相同");
        public static readonly DiagnosticCode OptionsNotIndented = new("CT204", Error, "选项前没有题目：请把选项缩进 3 个空格，写在编号题目“1. …”之下");
        public static readonly DiagnosticCode QuestionsNotNumbered = new("CT205", Error, "题目必须写成编号列表（“1. 题目”），每题下面用“- [x]”/“- [ ]”写选项");
        public static readonly DiagnosticCode TextOutsideQuestions = new("CT206", Warning, "测验小节中编号题目列表之外的文字会被忽略");
        public static readonly DiagnosticCode QuizEmpty = new("CT207", Warning, "测验小节里没有题目");
        public static readonly DiagnosticCode OptionsBeforeQuestion = new("CT208", Error, "选项前没有题目：请先写题目文字，再在它下面缩进写选项");
        public static readonly DiagnosticCode QuestionEmpty = new("CT209", Error, "题目文字是空的");
        public static readonly DiagnosticCode TextUnderQuestion = new("CT210", Warning, "题目下的多余文字会被忽略；解析请写成“> 解析：…”");
        public static readonly DiagnosticCode OptionNotTask = new("CT211", Error, "选项不是任务列表项：请写成“- [x] 文字”（正确）或“- [ ] 文字”（错误）");
        public static readonly DiagnosticCode OptionEmpty = new("CT212", Error, "选项文字是空的");
        public static readonly DiagnosticCode DuplicateOption = new("CT213", Error, "选项“{0}”重复");
        public static readonly DiagnosticCode QuoteNotExplanation = new("CT214", Warning, "题目下的引用应以“解析：”开头；它仍作为解析显示");
        public static readonly DiagnosticCode QuestionNoOptions = new("CT215", Error, "题目“{0}”没有选项：请在它下面缩进添加“- [x] …”/“- [ ] …”行");
        public static readonly DiagnosticCode QuestionOneOption = new("CT216", Error, "题目“{0}”至少需要两个选项");
        public static readonly DiagnosticCode QuestionNoCorrect = new("CT217", Error, "题目“{0}”没有正确选项：请用“[x]”标出正确答案");
        public static readonly DiagnosticCode TrueFalseNotOne = new("CT218", Error, "判断题“{0}”必须在“对”和“错”中恰好标出一个");
        public static readonly DiagnosticCode AllOptionsCorrect = new("CT219", Warning, "题目“{0}”的所有选项都标为正确");
        public static readonly DiagnosticCode BankNoQuiz = new("CT220", Error, "题库文件需要一个“## 测验”小节来放题目");

        // Course and lesson structure
        public static readonly DiagnosticCode QuizInCourseFile = new("CT301", Warning, "course.md 不能包含测验；测验请放在各课末尾");
        public static readonly DiagnosticCode LessonNoMinutes = new("CT302", Warning, "文件头中没有“minutes”：本课计 0 分钟学习时长");
        public static readonly DiagnosticCode LessonNoText = new("CT303", Warning, "本课在测验之前没有正文");
        public static readonly DiagnosticCode LessonNested = new("CT304", Error, "课时文件应直接放在课程文件夹里（courses/<课程>/NN-<课时>.md），子文件夹不会被读取");
        public static readonly DiagnosticCode LessonOutsideCourse = new("CT305", Error, "课时文件不在课程文件夹里：请移到 courses/<课程>/NN-<课时>.md（题库请放在 quizzes/）");
        public static readonly DiagnosticCode CourseFolderName = new("CT306", Warning, "课程文件夹名“{0}”应只使用小写字母、数字和连字符");
        public static readonly DiagnosticCode LessonFileName = new("CT307", Warning, "课时文件名应以表示顺序的数字开头，例如 01-setting-out.md");
        public static readonly DiagnosticCode DuplicateLesson = new("CT308", Error, "课程“{1}”中的课时标识“{0}”重复（另见 {2}），本文件被跳过");
        public static readonly DiagnosticCode CourseNoCourseFile = new("CT309", Error, "课程文件夹中没有 course.md（至少要有含“title”的文件头），其中的课时不会显示");
        public static readonly DiagnosticCode DuplicateCourse = new("CT310", Error, "课程标识“{0}”重复（另见“{1}”），本课程被跳过");

        // Policies
        public static readonly DiagnosticCode PolicyEffectiveNotDate = new("CT401", Warning, "文件头的键“effective”必须是 YYYY-MM-DD 格式的日期，实际是“{0}”");

        // Question imports (GIFT, Aiken, CSV)
        public static readonly DiagnosticCode GiftUnclosedBrace = new("CT501", Error, "“{{”没有闭合：题目的答案块必须以“}}”结束");
        public static readonly DiagnosticCode GiftDescription = new("CT502", Warning, "没有答案块“{{…}}”的文字被跳过（GIFT 的说明文字）");
        public static readonly DiagnosticCode GiftNestedBrace = new("CT503", Error, "答案块里出现了“{{”：字面的大括号请写成“\\{{”");
        public static readonly DiagnosticCode GiftSecondBlock = new("CT504", Error, "一道题只能有一个答案块“{{…}}”");
        public static readonly DiagnosticCode GiftEssay = new("CT505", Error, "不支持问答题（“{{}}”）：只能导入选择题和判断题");
        public static readonly DiagnosticCode GiftNumeric = new("CT506", Error, "不支持数值题（“{{#…}}”）：只能导入选择题和判断题");
        public static readonly DiagnosticCode GiftAnswerPrefix = new("CT507", Error, "答案必须以“=”（正确）或“~”（错误）开头，实际是“{0}”");
        public static readonly DiagnosticCode GiftMatching = new("CT508", Error, "不支持匹配题（“a -> b”）：只能导入选择题和判断题");
        public static readonly DiagnosticCode GiftShortAnswer = new("CT509", Error, "不支持填空题（只有“=”答案）：请用“~”添加错误选项");
        public static readonly DiagnosticCode ImportUnknownFormat = new("CT510", Error, "无法判断题目格式：GIFT 的答案要写在“{{…}}”里，Aiken 每题的选项之后要有一行“ANSWER:”");
        public static readonly DiagnosticCode ImportNoQuestions = new("CT511", Error, "没有找到题目");
        public static readonly DiagnosticCode CsvStrayQuote = new("CT512", Warning, "未加引号的字段里的引号“\"”按普通文字读取；为稳妥起见请给整个字段加引号");
        public static readonly DiagnosticCode CsvMalformed = new("CT513", Error, "CSV 格式有误：含逗号、引号或换行的字段要放在双引号里，字段里的引号要写两次");
        public static readonly DiagnosticCode CsvColumns = new("CT514", Error, "每行需要 题目,选项1..n,答案,解析 这些列；这一行只有 {0} 列");
        public static readonly DiagnosticCode CsvNoAnswer = new("CT515", Error, "题目“{0}”没有答案");
        public static readonly DiagnosticCode CsvAnswerNoOption = new("CT516", Error, "答案“{0}”不对应任何选项：请写正确选项的字母（B、AC）、序号（2、1;3）或文字");
        public static readonly DiagnosticCode CsvUnknownColumn = new("CT517", Warning, "未知的列“{0}”被忽略");
        public static readonly DiagnosticCode CsvNoAnswerColumn = new("CT518", Error, "表头中没有“答案”（answer）列");
        public static readonly DiagnosticCode ImportReadAsGb18030 = new("CT519", Warning, "文件不是 UTF-8 编码，已按 GB18030（GBK，中文 Windows 上 Excel 和记事本的编码）读取");
        public static readonly DiagnosticCode ImportUnknownEncoding = new("CT520", Error, "文件既不是 UTF-8 也不是 GB18030 文本，请另存为 UTF-8");
        public static readonly DiagnosticCode AikenAnswerNoQuestion = new("CT521", Error, "“ANSWER:”之前没有题目");
        public static readonly DiagnosticCode AikenAnswerNoOptions = new("CT522", Error, "“ANSWER:”之前没有“A. …”形式的选项");
        public static readonly DiagnosticCode AikenLateExplanation = new("CT523", Warning, "解析行应紧跟在“ANSWER:”之后；这里的解析被忽略");
        public static readonly DiagnosticCode AikenOptionNoQuestion = new("CT524", Error, "选项“{0}”之前没有题目");
        public static readonly DiagnosticCode AikenDuplicateLetter = new("CT525", Error, "同一道题中选项 {0} 出现了两次");
        public static readonly DiagnosticCode AikenNoAnswerLine = new("CT526", Error, "题目“{0}”的选项之后没有“ANSWER:”行");
        public static readonly DiagnosticCode AikenAnswerNotLetter = new("CT527", Error, "“ANSWER: {0}”应使用字母指明正确选项，例如“ANSWER: B”");
        public static readonly DiagnosticCode AikenAnswerUnknown = new("CT528", Error, "答案“{0}”不是已有的选项（{1}）");

        // The Q&A loop: the synonym list (synonyms.md) and curated answers (faq/)
        public static readonly DiagnosticCode SynonymEntryMalformed = new("CT601", Error, "同义词条目“{0}”应写成“- 文件用词：说法1、说法2”");
        public static readonly DiagnosticCode SynonymRepeated = new("CT602", Warning, "“{0}”已在第 {1} 行的同义词组中，这里被忽略（一个词只能属于一组）");
        public static readonly DiagnosticCode SynonymNotListItem = new("CT603", Warning, "同义词表只认“- 文件用词：说法1、说法2”形式的列表项，这一行被忽略");
        public static readonly DiagnosticCode FaqNoQuestions = new("CT611", Error, "常见问答的文件头缺少键“questions”（至少写一种问法的列表），本文件被跳过");
        public static readonly DiagnosticCode FaqNoAnswer = new("CT612", Error, "常见问答没有答复正文（文件头之后写审核过的答复），本文件被跳过");
        public static readonly DiagnosticCode FaqQuestionRepeated = new("CT613", Warning, "问法“{0}”已在 {1} 中，同一问法只应属于一条常见问答");

        // The study year: plans and exams
        public static readonly DiagnosticCode PlanNoDue = new("CT701", Error, "学习计划的文件头缺少键“due”（截止日期，如 2026-12-31），本文件被跳过");
        public static readonly DiagnosticCode DateInvalid = new("CT702", Error, "“{0}”的值“{1}”不是日期，请写成 2026-12-31 或 2026-12-31 18:00（北京时间）");
        public static readonly DiagnosticCode PlanNoCourses = new("CT703", Error, "学习计划的文件头缺少键“courses”（必修课程标识的列表），本文件被跳过");
        public static readonly DiagnosticCode UnknownCourse = new("CT704", Error, "没有标识为“{0}”的课程（课程标识是 courses/ 下的文件夹名），本文件被跳过");
        public static readonly DiagnosticCode PlanYearMismatch = new("CT705", Warning, "截止日期 {0} 不在计划年度 {1} 内");
        public static readonly DiagnosticCode NotPositiveNumber = new("CT706", Error, "“{0}”的值“{1}”应是大于 0 的数");
        public static readonly DiagnosticCode ExamNoMinutes = new("CT721", Error, "考试的文件头缺少键“minutes”（答题时限，分钟），本文件被跳过");
        public static readonly DiagnosticCode ExamPassRange = new("CT722", Error, "“pass”（合格线）应是 1 到 100 之间的整数百分比，实际是“{0}”");
        public static readonly DiagnosticCode ExamNoWindow = new("CT723", Error, "考试的文件头缺少键“{0}”（开放时间，如 2026-12-01 09:00），本文件被跳过");
        public static readonly DiagnosticCode ExamClosesBeforeOpens = new("CT724", Error, "结束时间“closes”（{1}）不晚于开始时间“opens”（{0}）");
        public static readonly DiagnosticCode ExamDrawMalformed = new("CT725", Error, "“draw”应写成每行一个“课程或题库标识: 抽题数”，例如“changzheng: 5”");
        public static readonly DiagnosticCode ExamDrawUnknown = new("CT726", Error, "“draw”中的“{0}”既不是课程也不是题库的标识");
        public static readonly DiagnosticCode ExamDrawTooMany = new("CT727", Error, "“draw”要从“{0}”抽 {1} 题，但那里只有 {2} 道题");
        public static readonly DiagnosticCode ExamNoQuestions = new("CT728", Error, "考试没有题目：请在“draw”中抽题，或在“## 测验”下写题");
        public static readonly DiagnosticCode ExamCertificateFlag = new("CT729", Error, "“certificate”只能是“true”或“false”，实际是“{0}”");
        public static readonly DiagnosticCode ExamWindowShorterThanLimit = new("CT730", Warning, "开放时间（{0} 分钟）比答题时限（{1} 分钟）还短，临近结束才开始的人会被提前收卷");
        public static readonly DiagnosticCode ExamPaperTooLarge = new("CT731", Error, "一份试卷最多 {1} 道题，这里共有 {0} 道（“draw”中的题数加上本文件的题）");

        // Training classes and red-education sites
        public static readonly DiagnosticCode ClassNoSessions = new("CT801", Error, "培训班的文件头缺少“sessions”（课次列表，每一讲写“title”“starts”“minutes”“place”），本文件被跳过");
        public static readonly DiagnosticCode ClassSessionsMalformed = new("CT802", Error, "“sessions”的每一项应是一讲，写成“- title: …”并在下面缩进写“starts”“minutes”“place”");
        public static readonly DiagnosticCode ClassSessionMissingKey = new("CT803", Error, "第 {0} 项课次缺少“{1}”");
        public static readonly DiagnosticCode ClassSessionsOverlap = new("CT804", Error, "“{0}”（{1} 开始）与“{2}”（{3} 至 {4}）时间重叠");
        public static readonly DiagnosticCode ClassCapacity = new("CT805", Error, "“capacity”（名额）应是大于 0 的整数，实际是“{0}”");
        public static readonly DiagnosticCode ClassNoCapacity = new("CT806", Error, "自行报名（“enrol: open”）的培训班需要“capacity”（名额），本文件被跳过");
        public static readonly DiagnosticCode ClassEnrolMode = new("CT807", Error, "“enrol”只能是“open”（自行报名）或“assigned”（指定参训），实际是“{0}”");
        public static readonly DiagnosticCode ClassAttendancePercent = new("CT808", Error, "“certificate_attendance”（结业所需出勤率）应是 1 到 100 之间的整数百分比，实际是“{0}”");
        public static readonly DiagnosticCode ClassUnknownExam = new("CT809", Error, "没有标识为“{0}”的考试（考试标识是 exams/ 下的文件名），本文件被跳过");
        public static readonly DiagnosticCode ClassSessionUnknownKey = new("CT810", Warning, "第 {0} 项课次中的键“{1}”无法识别（可用的键：“title”“starts”“minutes”“place”）");
        public static readonly DiagnosticCode ClassSessionNoPlace = new("CT811", Warning, "第 {0} 项课次没有写“place”，培训班也没有写“place”：学员看不到上课地点");
        public static readonly DiagnosticCode ClassSessionEndsBeforeStart = new("CT812", Error, "第 {0} 项课次的时长是 {1} 分钟：课次必须在开始之后结束，“minutes”应大于 0");
        public static readonly DiagnosticCode SiteNoMinutes = new("CT821", Error, "红色教育基地的文件头缺少“minutes”（每次参观计多少分钟学时），本文件被跳过");
        public static readonly DiagnosticCode SiteNoPlace = new("CT822", Warning, "红色教育基地的文件头没有“place”（地址）：学员看不到去哪里参观");

        /// <summary>Every code defined above, in code order.</summary>
        public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(Diagnostics)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }
}
