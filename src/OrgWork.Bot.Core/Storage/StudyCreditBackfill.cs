namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// The SQL that the <c>StudyCreditLedger</c> migrations (SQLite and PostgreSQL) run once to fill the 学时 ledger from the
/// lessons finished before it existed: one <see cref="StudyCreditSource.Lesson"/> row per finished lesson, with the
/// minutes credited then and the local day (Asia/Shanghai, UTC+8 without daylight saving since 1991) it was finished.
/// </summary>
public static class StudyCreditBackfill
{
    public const string Sqlite = """
        INSERT INTO "StudyCredits" ("LearnerId", "Source", "Reference", "Minutes", "OccurredAt", "LocalDate")
        SELECT "LearnerId", 0, "LessonKey", "MinutesCredited", "FinishedAt", date("FinishedAt", '+8 hours')
        FROM "LessonProgress"
        WHERE "FinishedAt" IS NOT NULL AND "MinutesCredited" > 0;
        """;

    public const string Postgres = """
        INSERT INTO "StudyCredits" ("LearnerId", "Source", "Reference", "Minutes", "OccurredAt", "LocalDate")
        SELECT "LearnerId", 0, "LessonKey", "MinutesCredited", "FinishedAt", ("FinishedAt" AT TIME ZONE 'Asia/Shanghai')::date
        FROM "LessonProgress"
        WHERE "FinishedAt" IS NOT NULL AND "MinutesCredited" > 0;
        """;
}
