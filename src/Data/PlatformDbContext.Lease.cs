namespace Platform.Data;

public abstract partial class PlatformDbContext
{
    private Action? returned;

    /// <summary>Runs <paramref name="callback"/> once, when this lease of the context ends (disposed, back to its pool).</summary>
    internal void OnReturn(Action callback) => returned = callback;

    public override void Dispose()
    {
        var callback = Interlocked.Exchange(ref returned, null);
        base.Dispose();
        callback?.Invoke();
    }

    public override async ValueTask DisposeAsync()
    {
        var callback = Interlocked.Exchange(ref returned, null);
        await base.DisposeAsync();
        callback?.Invoke();
    }
}
