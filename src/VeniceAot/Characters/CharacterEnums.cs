using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Characters
{
    /// <summary>How <c>GET /characters</c> sorts (a character discovery mode).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<CharacterSortBy>))]
    public readonly record struct CharacterSortBy(string Value) : IOpenEnum<CharacterSortBy>
    {
        /// <summary><c>featured</c>.</summary>
        public static CharacterSortBy Featured => new("featured");

        /// <summary><c>highestRating</c>.</summary>
        public static CharacterSortBy HighestRating => new("highestRating");

        /// <summary><c>highlyRated</c>.</summary>
        public static CharacterSortBy HighlyRated => new("highlyRated");

        /// <summary><c>highlyRatedAndRecent</c>.</summary>
        public static CharacterSortBy HighlyRatedAndRecent => new("highlyRatedAndRecent");

        /// <summary><c>imports</c>.</summary>
        public static CharacterSortBy Imports => new("imports");

        /// <summary><c>mostRecent</c>.</summary>
        public static CharacterSortBy MostRecent => new("mostRecent");

        /// <summary><c>ratingCount</c>.</summary>
        public static CharacterSortBy RatingCount => new("ratingCount");

        /// <inheritdoc/>
        public static CharacterSortBy FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The direction of <see cref="CharacterSortBy"/> (descending when omitted).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<CharacterSortOrder>))]
    public readonly record struct CharacterSortOrder(string Value) : IOpenEnum<CharacterSortOrder>
    {
        /// <summary><c>asc</c>.</summary>
        public static CharacterSortOrder Ascending => new("asc");

        /// <summary><c>desc</c>.</summary>
        public static CharacterSortOrder Descending => new("desc");

        /// <inheritdoc/>
        public static CharacterSortOrder FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
