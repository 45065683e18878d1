using System;
using System.Globalization;

namespace VeniceAot.Http
{
    /// <summary>Formats path, query and header values the same way on every machine (invariant culture).</summary>
    public static class ParameterFormatter
    {
        /// <summary>Formats a boolean as <c>true</c> or <c>false</c>.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text sent on the wire.</returns>
        public static string Format(bool value) => value ? "true" : "false";

        /// <summary>Formats a date and time in the round-trip ("O") format.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text sent on the wire.</returns>
        public static string Format(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);

        /// <summary>Formats a date, time and offset in the round-trip ("O") format.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text sent on the wire.</returns>
        public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

        /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text sent on the wire.</returns>
        public static string Format(DateOnly value) => value.ToString("O", CultureInfo.InvariantCulture);

        /// <summary>Formats a time of day in the round-trip ("O") format.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text sent on the wire.</returns>
        public static string Format(TimeOnly value) => value.ToString("O", CultureInfo.InvariantCulture);

        /// <summary>Formats a number (or any formattable value) with the invariant culture.</summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="value">The value.</param>
        /// <returns>The text sent on the wire.</returns>
        public static string Format<T>(T value)
            where T : ISpanFormattable => value.ToString(null, CultureInfo.InvariantCulture);
    }
}
