namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>A granted model slot (released when disposed), or a refusal.</summary>
public sealed class ModelSlot : IDisposable
{
    private SemaphoreSlim? _slots;

    private ModelSlot(SemaphoreSlim? slots, ModelRefusal refusal)
    {
        _slots = slots;
        Refusal = refusal;
    }

    public bool IsGranted => Refusal == ModelRefusal.None;

    public ModelRefusal Refusal { get; }

    internal static ModelSlot Granted(SemaphoreSlim slots) => new(slots, ModelRefusal.None);

    internal static ModelSlot Refused(ModelRefusal refusal) => new(null, refusal);

    public void Dispose() => Interlocked.Exchange(ref _slots, null)?.Release();
}
