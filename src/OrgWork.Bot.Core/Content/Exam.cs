namespace OrgWork.Bot.Core.Content;

/// <summary>
/// An exam (<c>exams/&lt;slug&gt;.md</c>): a timed paper drawn per member from courses and banks (<see cref="Draw"/>)
/// plus the exam's own questions, open between <see cref="Opens"/> and <see cref="Closes"/> (UTC instants).
/// </summary>
public sealed record Exam
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required int Minutes { get; init; }

    /// <summary>The pass mark, a percentage of the questions answered correctly.</summary>
    public required int PassPercent { get; init; }

    public int Attempts { get; init; } = 1;

    public required DateTime Opens { get; init; }

    public required DateTime Closes { get; init; }

    public required Audience Audience { get; init; }

    public IReadOnlyList<ExamDraw> Draw { get; init; } = [];

    /// <summary>Questions written in the exam file itself, always on every paper.</summary>
    public IReadOnlyList<Question> OwnQuestions { get; init; } = [];

    public bool Certificate { get; init; }

    /// <summary>学时 stated on the certificate; null to take the drawn courses' lesson minutes.</summary>
    public double? Hours { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>How many questions each paper has.</summary>
    public int PaperSize => OwnQuestions.Count + Draw.Sum(d => d.Count);

    public bool IsOpenAt(DateTime utc) => utc >= Opens && utc < Closes;
}

/// <summary><paramref name="Count"/> questions drawn at random from a course's lessons or a bank.</summary>
public sealed record ExamDraw(string Source, int Count, int Line);
