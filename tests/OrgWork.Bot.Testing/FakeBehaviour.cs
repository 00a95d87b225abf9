namespace OrgWork.Bot.Testing;

public enum FakeBehaviour
{
    Answer,
    ServerError,
    MalformedJson,
    Hang,
}
