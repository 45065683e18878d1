using System;
using System.Globalization;

namespace VeniceAot.Cli
{
    /// <summary>How values look in plain output: invariant culture, UTC times, "-" for absent.</summary>
    public static class Formats
    {
        /// <summary>Shown for a value the response did not carry.</summary>
        public const string None = "-";

        /// <summary>A timestamp as <c>yyyy-MM-dd HH:mm</c> UTC, or <paramref name="absent"/>.</summary>
        /// <param name="value">The timestamp.</param>
        /// <param name="absent">What to show when there is none.</param>
        /// <returns>The text.</returns>
        public static string Time(DateTimeOffset? value, string absent = None) =>
            value is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : absent;

        /// <summary>An amount as written, without trailing zeros noise, or "-".</summary>
        /// <param name="value">The amount.</param>
        /// <returns>The text.</returns>
        public static string Amount(decimal? value) =>
            value is { } amount ? amount.ToString("0.############", CultureInfo.InvariantCulture) : None;

        /// <summary>A string, or "-" when empty.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text.</returns>
        public static string Text(string? value) => string.IsNullOrEmpty(value) ? None : value;
    }
}
