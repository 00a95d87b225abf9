using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// The catalogue a publish will leave, without reloading everything: the current snapshot with the courses
/// and banks the validator loaded (the touched ones, from a copy of their folder with the new files) in place.
/// </summary>
public static class CatalogueForecast
{
    public static Catalogue With(Catalogue current, Catalogue validated)
    {
        var courseSlugs = validated.Courses.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var bankSlugs = validated.Banks.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        return new Catalogue(
            [.. current.Courses.Where(c => !courseSlugs.Contains(c.Slug)), .. validated.Courses],
            [.. current.Banks.Where(b => !bankSlugs.Contains(b.Slug)), .. validated.Banks],
            current.Policies);
    }
}
