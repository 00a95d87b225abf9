namespace OrgWork.Bot.Core.Content.Parsing;

public sealed record FrontMatterValue(int Line, string? Scalar, IReadOnlyList<string>? Items);
