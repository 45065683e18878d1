namespace VeniceAot.Tests.Telemetry
{
    /// <summary>
    /// Activity and meter listeners are process-wide, so the telemetry tests run in one collection that never runs
    /// beside another: no other test's calls reach their listeners, and no listener of theirs is attached while the
    /// no-listener allocation test measures.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class TelemetryCollection
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "Telemetry";
    }
}
