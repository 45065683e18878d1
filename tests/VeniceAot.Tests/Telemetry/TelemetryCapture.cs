using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using VeniceAot.Telemetry;

namespace VeniceAot.Tests.Telemetry
{
    /// <summary>One recorded measurement of a VeniceAot instrument.</summary>
    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

    /// <summary>
    /// Listens to VeniceAot's source and meter for one test. Listeners are process-wide, so besides running in the
    /// non-parallel <see cref="TelemetryCollection"/>, everything read back is filtered by <c>server.port</c>: each test's
    /// loopback server has a port of its own, so no other test's calls can be counted.
    /// </summary>
    internal sealed class TelemetryCapture : IDisposable
    {
        private readonly ConcurrentQueue<Activity> _activities = new();
        private readonly ConcurrentQueue<Measurement> _measurements = new();
        private readonly ActivityListener _activityListener;
        private readonly MeterListener _meterListener;
        private readonly int _port;

        public TelemetryCapture(Uri server)
        {
            _port = server.Port;
            _activityListener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == VeniceTelemetry.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _activities.Enqueue,
            };
            ActivitySource.AddActivityListener(_activityListener);

            _meterListener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == VeniceTelemetry.MeterName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _meterListener.Start();
        }

        /// <summary>The stopped VeniceAot spans of this test's server.</summary>
        public IReadOnlyList<Activity> Activities =>
            _activities.Where(a => a.GetTagItem("server.port") is int port && port == _port).ToArray();

        /// <summary>The single stopped span of this test's server.</summary>
        public Activity Single() => Assert.Single(Activities);

        /// <summary>The measurements of <paramref name="instrument"/> from this test's server.</summary>
        public IReadOnlyList<Measurement> Measurements(string instrument) =>
            _measurements.Where(m => m.Instrument == instrument && m.Tags.TryGetValue("server.port", out object? port) && port is int p && p == _port).ToArray();

        public void Dispose()
        {
            _activityListener.Dispose();
            _meterListener.Dispose();
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
        }
    }
}
