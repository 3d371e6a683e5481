using Microsoft.Extensions.Options;

namespace Platform.Api.Live;

/// <summary>Counts this replica's open subscription connections per principal (<see cref="LiveOptions.MaxConnectionsPerPrincipal"/>).</summary>
public sealed class LiveConnections(IOptions<LiveOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Takes a place for <paramref name="subject"/>; false when it already holds the maximum.</summary>
    public bool TryOpen(string subject)
    {
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(subject);
            if (open >= options.Value.MaxConnectionsPerPrincipal)
            {
                return false;
            }

            _open[subject] = open + 1;
            return true;
        }
    }

    public void Close(string subject)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(subject, out var open))
            {
                if (open <= 1)
                {
                    _open.Remove(subject);
                }
                else
                {
                    _open[subject] = open - 1;
                }
            }
        }
    }
}
