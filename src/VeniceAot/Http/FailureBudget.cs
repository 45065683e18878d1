using System;

namespace VeniceAot.Http
{
    /// <summary>
    /// Counts this connection's failed (non-2xx) responses in a sliding window. Venice blocks a key for 30 s
    /// after more than 20 failed requests in 30 s, so retries stop once the count reaches a threshold below that
    /// line. Keeps the last failure times (at least 32, at least the threshold) in a ring: recording allocates
    /// nothing.
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
            Threshold = threshold;
            _ring = new long[Math.Max(threshold, 32)];
        }

        /// <summary>The count at which retries stop.</summary>
        public int Threshold { get; }

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
        /// Whether the failures inside the window have reached the threshold; if so, how long until enough of them
        /// have left the window for the count to fall below it.
        /// </summary>
        /// <param name="failures">Failures inside the window.</param>
        /// <param name="clearsIn">When the count drops below the threshold again (zero when not exhausted).</param>
        /// <returns>True when no more retries should be made.</returns>
        public bool IsExhausted(out int failures, out TimeSpan clearsIn)
        {
            long now = Environment.TickCount64;
            long windowMs = (long)Window.TotalMilliseconds;
            failures = 0;
            long[] recent = _ring;
            long clearsAt = 0;
            lock (_gate)
            {
                // Newest first: the Threshold-th newest failure in the window is the one whose expiry clears the budget.
                for (int i = 1; i <= _count; i++)
                {
                    long at = recent[(_next - i + recent.Length) % recent.Length];
                    if (now - at >= windowMs)
                    {
                        break;
                    }

                    failures++;
                    if (failures == Threshold)
                    {
                        clearsAt = at + windowMs;
                    }
                }
            }

            if (failures < Threshold)
            {
                clearsIn = TimeSpan.Zero;
                return false;
            }

            clearsIn = TimeSpan.FromMilliseconds(Math.Max(0, clearsAt - now));
            return true;
        }
    }
}
