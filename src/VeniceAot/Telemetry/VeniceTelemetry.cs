using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VeniceAot.Telemetry
{
    /// <summary>
    /// The names VeniceAot's traces and metrics are published under, for an OpenTelemetry setup
    /// (<c>AddSource(VeniceTelemetry.ActivitySourceName)</c>, <c>AddMeter(VeniceTelemetry.MeterName)</c>) or any
    /// <see cref="ActivityListener"/> / <see cref="MeterListener"/>. Every call is one <see cref="ActivityKind.Client"/>
    /// span following the OpenTelemetry GenAI semantic conventions (<c>gen_ai.*</c>), with Venice's rate-limit and
    /// balance headers as <c>venice.*</c> attributes. Nothing is measured, and nothing allocated, while no listener is
    /// attached. Prompt and completion text is recorded only with <see cref="VeniceClientOptions.RecordContent"/>.
    /// </summary>
    public static class VeniceTelemetry
    {
        /// <summary>The <see cref="ActivitySource"/> name: <c>VeniceAot</c>.</summary>
        public const string ActivitySourceName = "VeniceAot";

        /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>VeniceAot</c>.</summary>
        public const string MeterName = "VeniceAot";

        /// <summary>The value of <c>gen_ai.provider.name</c> on every span and measurement: <c>venice</c>.</summary>
        public const string ProviderName = "venice";

        private const string Version = "0.1";

        /// <summary>The source every call's span comes from.</summary>
        internal static readonly ActivitySource Source = new(ActivitySourceName, Version);

        /// <summary>The meter of the GenAI client metrics.</summary>
        internal static readonly Meter Meter = new(MeterName, Version);

        /// <summary><c>gen_ai.client.operation.duration</c>, in seconds, with the semantic conventions' bucket advice.</summary>
        internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
            "gen_ai.client.operation.duration",
            "s",
            "GenAI operation duration.",
            tags: null,
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
            });

        /// <summary><c>gen_ai.client.token.usage</c>, in tokens, with the semantic conventions' bucket advice.</summary>
        internal static readonly Histogram<long> TokenUsage = Meter.CreateHistogram(
            "gen_ai.client.token.usage",
            "{token}",
            "Number of input and output tokens used.",
            tags: null,
            advice: new InstrumentAdvice<long>
            {
                HistogramBucketBoundaries = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864],
            });

        /// <summary>True when anyone listens to the source or to either instrument: only then is a call traced.</summary>
        internal static bool IsEnabled => Source.HasListeners() || OperationDuration.Enabled || TokenUsage.Enabled;
    }
}
