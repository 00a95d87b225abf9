using System.Globalization;
using Markdig;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Reads an exam: front matter <c>title</c>, <c>minutes</c>, <c>pass</c>, <c>attempts</c>, <c>opens</c>, <c>closes</c>,
/// <c>audience</c>, <c>draw</c> (source slug → count), <c>certificate</c>, <c>hours</c>; the body may hold its own
/// <c>## 测验</c>. Whether the draw's sources exist and hold enough questions is checked once the catalogue is loaded.
/// </summary>
public static class ExamFileParser
{
    public const int DefaultPassPercent = 60;

    /// <summary>The most questions one paper may have (a paper's question ids are stored in one bounded column).</summary>
    public const int MaxPaperSize = 150;

    public static Exam? Parse(string text, string relativePath, string slug, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var front = FrontMatterReader.Read(document, diagnostics, ContentKeys.Exam);
        var quiz = QuizSection.Find(document, diagnostics);
        var own = quiz is null ? [] : QuizParser.Parse(quiz, $"{ContentLayout.ExamsFolder}/{slug}", diagnostics);
        StrayOptionCheck.Report(document, quiz, diagnostics);

        var minutes = front.Number("minutes", 0, diagnostics);
        if (!front.Values.TryGetValue("minutes", out var minutesValue))
        {
            diagnostics.Add(UiText.Diagnostics.ExamNoMinutes, 1);
        }
        else if (minutes <= 0)
        {
            diagnostics.Add(UiText.Diagnostics.NotPositiveNumber, minutesValue.Line, "minutes", minutesValue.Scalar);
        }

        var pass = front.Number("pass", DefaultPassPercent, diagnostics);
        if (pass is < 1 or > 100 && front.Values.TryGetValue("pass", out var passValue))
        {
            diagnostics.Add(UiText.Diagnostics.ExamPassRange, passValue.Line, passValue.Scalar);
        }

        var attempts = front.Number("attempts", 1, diagnostics);
        if (attempts < 1 && front.Values.TryGetValue("attempts", out var attemptsValue))
        {
            diagnostics.Add(UiText.Diagnostics.NotPositiveNumber, attemptsValue.Line, "attempts", attemptsValue.Scalar);
        }

        var opens = Instant(front, "opens", endOfDay: false, diagnostics);
        var closes = Instant(front, "closes", endOfDay: true, diagnostics);
        if (opens is { } from && closes is { } to)
        {
            if (to <= from)
            {
                diagnostics.Add(UiText.Diagnostics.ExamClosesBeforeOpens, front.Values["closes"].Line, ContentTime.Format(from), ContentTime.Format(to));
            }
            else if ((to - from).TotalMinutes < minutes)
            {
                diagnostics.Add(UiText.Diagnostics.ExamWindowShorterThanLimit, front.Values["closes"].Line, (int)(to - from).TotalMinutes, minutes);
            }
        }

        var draw = Draw(front, diagnostics);
        if (own.Count == 0 && draw.Count == 0)
        {
            diagnostics.Add(UiText.Diagnostics.ExamNoQuestions, 1);
        }
        else if (own.Count + draw.Sum(d => d.Count) is var size and > MaxPaperSize)
        {
            diagnostics.Add(UiText.Diagnostics.ExamPaperTooLarge, front.Values.TryGetValue("draw", out var drawValue) ? drawValue.Line : 1, size, MaxPaperSize);
        }

        var certificate = false;
        if (front.Values.TryGetValue("certificate", out var certificateValue) && !bool.TryParse(certificateValue.Scalar, out certificate))
        {
            diagnostics.Add(UiText.Diagnostics.ExamCertificateFlag, certificateValue.Line, certificateValue.Scalar);
        }

        var hours = PlanFileParser.PositiveNumber(front, "hours", diagnostics);
        return diagnostics.HasErrors
            ? null
            : new Exam
            {
                Slug = slug,
                Title = front.Text("title")!,
                Minutes = minutes,
                PassPercent = pass,
                Attempts = attempts,
                Opens = opens!.Value,
                Closes = closes!.Value,
                Audience = Audience.From(front.List("audience")),
                Draw = draw,
                OwnQuestions = own,
                Certificate = certificate,
                Hours = hours,
                SourcePath = relativePath,
            };
    }

    private static DateTime? Instant(FrontMatter front, string key, bool endOfDay, DiagnosticBag diagnostics)
    {
        if (!front.Values.TryGetValue(key, out var value))
        {
            diagnostics.Add(UiText.Diagnostics.ExamNoWindow, 1, key);
            return null;
        }

        if (ContentTime.TryParseInstant(value.Scalar, endOfDay, out var utc))
        {
            return utc;
        }

        diagnostics.Add(UiText.Diagnostics.DateInvalid, value.Line, key, value.Scalar);
        return null;
    }

    private static List<ExamDraw> Draw(FrontMatter front, DiagnosticBag diagnostics)
    {
        if (!front.Values.TryGetValue("draw", out var value))
        {
            return [];
        }

        if (value.Entries is not { } entries)
        {
            diagnostics.Add(UiText.Diagnostics.ExamDrawMalformed, value.Line);
            return [];
        }

        var draws = new List<ExamDraw>();
        foreach (var entry in entries)
        {
            if (!int.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                diagnostics.Add(UiText.Diagnostics.NotPositiveNumber, entry.Line, entry.Key, entry.Value);
                continue;
            }

            draws.Add(new ExamDraw(entry.Key.Trim(), count, entry.Line));
        }

        return draws;
    }
}
