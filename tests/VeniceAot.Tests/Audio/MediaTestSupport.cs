using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Audio
{
    /// <summary>Shared plumbing of the Audio and Video tests.</summary>
    internal static class MediaTestSupport
    {
        /// <summary>Every wait in these tests is bounded by this.</summary>
        public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

        public static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = server.BaseAddress });

        public static string TempDirectory() => Directory.CreateTempSubdirectory("venice-av-").FullName;

        public static async Task WriteChunkAsync(Microsoft.AspNetCore.Http.HttpContext context, byte[] bytes)
        {
            await context.Response.Body.WriteAsync(bytes);
            await context.Response.Body.FlushAsync();
        }

        public static async Task HoldUntilAbortedAsync(Microsoft.AspNetCore.Http.HttpContext context)
        {
            try
            {
                await Task.Delay(Bound, context.RequestAborted);
            }
            catch (TaskCanceledException)
            {
                // The client went away, which is what the test waits for.
            }
        }
    }

    /// <summary>Collects progress reports synchronously, in order (Progress&lt;T&gt; would post them asynchronously).</summary>
    internal sealed class ProgressLog<T> : IProgress<T>
    {
        private readonly List<T> _items = [];

        public Action<T>? OnReport { get; init; }

        public IReadOnlyList<T> Items
        {
            get
            {
                lock (_items)
                {
                    return _items.ToArray();
                }
            }
        }

        public void Report(T value)
        {
            lock (_items)
            {
                _items.Add(value);
            }

            OnReport?.Invoke(value);
        }
    }

    /// <summary>
    /// A virtual clock for the job runner: a wait shorter than ten minutes is recorded, the clock jumps by it and it ends at
    /// once (after a real millisecond); longer timers (the job deadline) never fire. With <see cref="Hold"/> set, waits never
    /// end and <see cref="WaitStarted"/> completes when the first one begins, so a test can cancel mid-wait.
    /// </summary>
    internal sealed class VirtualTimeProvider : TimeProvider
    {
        private static readonly TimeSpan LongTimer = TimeSpan.FromMinutes(10);
        private readonly DateTimeOffset _start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        private long _ticks;

        public bool Hold { get; init; }

        public ConcurrentQueue<TimeSpan> Waits { get; } = new();

        public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public override DateTimeOffset GetUtcNow() => _start.AddTicks(Interlocked.Read(ref _ticks));

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == Timeout.InfiniteTimeSpan || dueTime >= LongTimer)
            {
                return new Timer(callback, state, Timeout.Infinite, Timeout.Infinite);
            }

            Waits.Enqueue(dueTime);
            WaitStarted.TrySetResult();
            if (Hold)
            {
                return new Timer(callback, state, Timeout.Infinite, Timeout.Infinite);
            }

            Interlocked.Add(ref _ticks, dueTime.Ticks);
            return new Timer(callback, state, 1, Timeout.Infinite);
        }
    }
}
