namespace OrgWork.Bot.Core.Tests.Knowledge;

public enum FakeBehaviour
{
    Answer,
    ServerError,
    MalformedJson,
    Hang,
}
