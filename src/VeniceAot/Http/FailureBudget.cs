using System;

namespace VeniceAot.Http
{
    /// <summary>
    /// Counts this connection's failed (non-2xx) responses in a sliding window. Venice blocks a key for 30 s
    /// after more than 20 failed requests in 30 s, so retries stop once the count reaches a threshold below that
    /// line. Keeps only the last <c>threshold</c> failure times in a ring: recording allocates nothing.
    /// </summary>
    internal sealed class FailureBudget
    {
        /// <summary>Venice's abuse-protection window.</summary>
        public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

        private readonly long[] _ring;
        private readonly object _gate = new();
        private int _next;
        private int _count;

        public FailureBudget(int threshold)
        {
            _ring = new long[threshold];
        }

        /// <summary>The count at which retries stop.</summary>
        public int Threshold => _ring.Length;

        /// <summary>Records one failed response, now.</summary>
        public void RecordFailure()
        {
            long now = Environment.TickCount64;
            lock (_gate)
            {
                _ring[_next] = now;
                _next = (_next + 1) % _ring.Length;
                if (_count < _ring.Length)
                {
                    _count++;
                }
            }
        }

        /// <summary>
        /// Whether the failures inside the window have reached the threshold; if so, how long until the oldest of
        /// them leaves the window.
        /// </summary>
        /// <param name="failures">Failures inside the window.</param>
        /// <param name="clearsIn">When the count drops below the threshold again (zero when not exhausted).</param>
        /// <returns>True when no more retries should be made.</returns>
        public bool IsExhausted(out int failures, out TimeSpan clearsIn)
        {
            long now = Environment.TickCount64;
            long windowMs = (long)Window.TotalMilliseconds;
            long oldest = long.MaxValue;
            failures = 0;
            lock (_gate)
            {
                for (int i = 0; i < _count; i++)
                {
                    long at = _ring[i];
                    if (now - at < windowMs)
                    {
                        failures++;
                        oldest = Math.Min(oldest, at);
                    }
                }
            }

            if (failures < _ring.Length)
            {
                clearsIn = TimeSpan.Zero;
                return false;
            }

            clearsIn = TimeSpan.FromMilliseconds(Math.Max(0, oldest + windowMs - now));
            return true;
        }
    }
}
