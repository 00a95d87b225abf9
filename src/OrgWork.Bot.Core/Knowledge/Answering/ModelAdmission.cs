using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Who may call the model now (per instance): at most <see cref="AiOptions.MaxConcurrentRequests"/> calls run, at most
/// <see cref="AiOptions.MaxQueuedRequests"/> wait for a slot, and one member gets at most
/// <see cref="AiOptions.MaxRequestsPerMemberPerMinute"/> calls a minute. A refused question is answered extractively
/// at once, so a slow or flooded model never makes anyone wait long.
/// </summary>
public sealed class ModelAdmission : IDisposable
{
    private static readonly TimeSpan BudgetWindow = TimeSpan.FromMinutes(1);

    private readonly AiOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _calls = [];
    private int _queued;

    public ModelAdmission(IOptions<AiOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _slots = new SemaphoreSlim(_options.MaxConcurrentRequests, _options.MaxConcurrentRequests);
    }

    /// <summary>Calls running now.</summary>
    public int Running => _options.MaxConcurrentRequests - _slots.CurrentCount;

    /// <summary>Questions waiting for a slot now.</summary>
    public int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queued;
            }
        }
    }

    /// <summary>
    /// A slot for one question's model calls, or the reason there is none. <paramref name="memberId"/> is null for
    /// calls on nobody's behalf (the <c>ask</c> verb), which have no per-member budget.
    /// </summary>
    public async Task<ModelSlot> EnterAsync(long? memberId, CancellationToken cancellationToken)
    {
        if (memberId is { } member && !TryCountCall(member))
        {
            return ModelSlot.Refused(ModelRefusal.MemberBudget);
        }

        if (_slots.Wait(0, CancellationToken.None))
        {
            return ModelSlot.Granted(_slots);
        }

        lock (_gate)
        {
            if (_queued >= _options.MaxQueuedRequests)
            {
                return ModelSlot.Refused(ModelRefusal.Busy);
            }

            _queued++;
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
            return ModelSlot.Granted(_slots);
        }
        finally
        {
            lock (_gate)
            {
                _queued--;
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    private bool TryCountCall(long memberId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_calls.TryGetValue(memberId, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _calls[memberId] = calls;
            }

            while (calls.Count > 0 && now - calls.Peek() >= BudgetWindow)
            {
                calls.Dequeue();
            }

            if (calls.Count >= _options.MaxRequestsPerMemberPerMinute)
            {
                return false;
            }

            calls.Enqueue(now);
            if (_calls.Count > 4096)
            {
                ForgetIdleMembers(now);
            }

            return true;
        }
    }

    private void ForgetIdleMembers(DateTimeOffset now)
    {
        foreach (var (member, calls) in _calls.Where(c => c.Value.Count == 0 || now - c.Value.Last() >= BudgetWindow).ToList())
        {
            _calls.Remove(member);
        }
    }
}
