using System;
using System.Globalization;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>
    /// How much fuzzing a run does. The default is a CI sample (a few thousand cases over all targets, seconds);
    /// <c>VENICE_FUZZ_CASES=100000 dotnet test tests/VeniceAot.Tests --filter FullyQualifiedName~VeniceAot.Tests.Fuzz</c>
    /// runs the long version. <c>VENICE_FUZZ_SEED</c> picks the base seed (default fixed, so CI runs are
    /// reproducible), and <c>VENICE_FUZZ_ONLY=target#index</c> replays one case printed by a failure.
    /// </summary>
    internal static class FuzzSettings
    {
        /// <summary>Cases over the whole suite when <c>VENICE_FUZZ_CASES</c> is unset.</summary>
        public const int DefaultTotalCases = 8_000;

        /// <summary>Every fuzz target in the suite (converters, error body, HTTP bodies, event streams); the total is split evenly.</summary>
        public static int TargetCount => ConverterFuzzTests.Targets.Count + ErrorBodyFuzzTests.TargetCount + EventStreamFuzzTests.TargetCount;

        public static int TotalCases { get; } = ReadInt("VENICE_FUZZ_CASES") ?? DefaultTotalCases;

        public static int BaseSeed { get; } = ReadInt("VENICE_FUZZ_SEED") ?? 20_251_001;

        /// <summary>Cases each target runs.</summary>
        public static int CasesPerTarget => Math.Max(50, (TotalCases + TargetCount - 1) / TargetCount);

        /// <summary>When set (<c>target#index</c>), only that case of that target runs.</summary>
        public static (string Target, int Index)? Only { get; } = ParseOnly(Environment.GetEnvironmentVariable("VENICE_FUZZ_ONLY"));

        private static int? ReadInt(string name) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0 ? value : null;

        private static (string, int)? ParseOnly(string? value)
        {
            int hash = value?.LastIndexOf('#') ?? -1;
            return hash > 0 && int.TryParse(value.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
                ? (value![..hash], index)
                : null;
        }
    }
}
